using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Score.Web.Infrastructure;

/// <summary>The outcome of saving a form: the new id, or errors at fields, or warnings to confirm.</summary>
public sealed record SaveResult(int Id, IReadOnlyList<FieldError> Errors, IReadOnlyList<string> Warnings)
{
    public bool Saved => Errors.Count == 0 && Warnings.Count == 0;
    public bool IsConflict => Errors.Any(e => e.IsConflict);
}

public static class ConcurrencySave
{
    /// <summary>
    /// Saves, turning a lost race on the record's version into the conflict message the form
    /// shows (with the other person's version reloaded) instead of an overwrite or an error.
    /// </summary>
    public static async Task<SaveResult> SaveOrConflictAsync(
        this DbContext db, IStringLocalizer text, int formId, Func<int> savedId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return new SaveResult(savedId(), [], []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult(formId, [new("", text["Common.ConcurrencyConflict"], IsConflict: true)], []);
        }
    }
}
