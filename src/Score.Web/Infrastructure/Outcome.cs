using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Score.Web.Infrastructure;

public enum OutcomeStatus
{
    /// <summary>Saved or done; <see cref="Outcome.Id"/> names the record.</summary>
    Done,

    /// <summary>No such record within the user's scope (or not theirs to change): the page answers 404.</summary>
    NotFound,

    /// <summary>Refused: the errors say why, at their fields ("" for the whole form).</summary>
    Invalid,

    /// <summary>Nothing wrong, but warnings the user must confirm before it is saved.</summary>
    NeedsConfirmation,

    /// <summary>Someone else changed the record since the form was loaded.</summary>
    Conflict,
}

/// <summary>What a use case did: done (with the record's id), not found, refused with errors at fields, warnings to confirm, or a conflict.</summary>
public sealed record Outcome(int Id, IReadOnlyList<FieldError> Errors, IReadOnlyList<string> Warnings)
{
    public bool IsNotFound { get; private init; }

    public OutcomeStatus Status =>
        IsNotFound ? OutcomeStatus.NotFound
        : Errors.Any(e => e.IsConflict) ? OutcomeStatus.Conflict
        : Errors.Count > 0 ? OutcomeStatus.Invalid
        : Warnings.Count > 0 ? OutcomeStatus.NeedsConfirmation
        : OutcomeStatus.Done;

    public bool Saved => Status == OutcomeStatus.Done;
    public bool IsConflict => Status == OutcomeStatus.Conflict;

    /// <summary>Why it was not done, for a flash after a refused action: the first error, else the warnings; "" when done or not found.</summary>
    public string Refusal => Errors.Count > 0 ? Errors[0].Message : string.Join(" ", Warnings);

    public static Outcome Done(int id = 0) => new(id, [], []);

    public static readonly Outcome NotFound = new(0, [], []) { IsNotFound = true };

    public static Outcome Refused(string message) => new(0, [new FieldError("", message)], []);

    /// <summary>Refused by the training's gate (<see cref="Domain.TrainingGate"/>), with its message.</summary>
    public static Outcome Refused(Domain.TrainingRefusal refusal, IStringLocalizer text) => Refused(text[Domain.TrainingGate.MessageKey(refusal)]);

    public static Outcome Invalid(IReadOnlyList<FieldError> errors, int id = 0) => new(id, errors, []);

    public static Outcome Confirm(IReadOnlyList<string> warnings, int id = 0) => new(id, [], warnings);

    public static Outcome Conflict(string message, int id = 0) => new(id, [new FieldError("", message, IsConflict: true)], []);
}

/// <summary>An outcome that also hands back what the use case made (a count, a new serial); an outcome without one converts.</summary>
public sealed record Outcome<T>(Outcome Result, T? Value)
{
    public static implicit operator Outcome<T>(Outcome result) => new(result, default);
}

public static class ConcurrencySave
{
    /// <summary>
    /// Saves, turning a lost race on the record's version into the conflict message the form
    /// shows (with the other person's version reloaded) instead of an overwrite or an error.
    /// </summary>
    public static async Task<Outcome> SaveOrConflictAsync(
        this DbContext db, IStringLocalizer text, int formId, Func<int> savedId, CancellationToken ct) =>
        await db.SaveUnlessConflictAsync(text["Common.ConcurrencyConflict"], formId, ct) ?? Outcome.Done(savedId());

    /// <summary>
    /// Saves; when someone else changed the record meanwhile, answers the conflict with <paramref name="conflictMessage"/>
    /// and saves nothing, otherwise null, for a use case with more to do after the save (commit a transaction, say).
    /// </summary>
    public static async Task<Outcome?> SaveUnlessConflictAsync(this DbContext db, string conflictMessage, int formId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict(conflictMessage, formId);
        }
    }
}

/// <summary>The name of a record the user may change, for a breadcrumb; a lookup answers null when there is none.</summary>
public sealed record RecordName(string Name);

/// <summary>A training an enterprise may be enrolled in as it is registered, and the fee an enrolment starts from.</summary>
public sealed record TrainingToEnrolIn(string Name, decimal? FeePerEnterprise);
