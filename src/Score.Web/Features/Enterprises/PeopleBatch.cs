using System.ComponentModel.DataAnnotations;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Enterprises;

/// <summary>One row of the people table: a row left empty is skipped, a row begun must be finished.</summary>
public sealed record NewPersonRow
{
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Person.FullName")]
    public string? FullName { get; init; }

    [Display(Name = "Person.Sex")]
    public Sex? Sex { get; init; }

    [Display(Name = "Person.Position")]
    public PersonPosition? Position { get; init; }

    [Display(Name = "Person.Eit")]
    public bool IsEitMember { get; init; }

    [StringLength(40, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(EnterpriseRules.PhonePattern, ErrorMessage = EnterpriseRules.PhoneKey)]
    [Display(Name = "Enterprise.Phone")]
    public string? Phone { get; init; }

    /// <summary>Position and team tick have defaults, so only a name, a sex or a phone begins a row.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(Phone) && Sex is null;

    /// <summary>Empty rows offered on a new form: most people added are workers.</summary>
    public static List<NewPersonRow> Blank(int count) => [.. Enumerable.Range(0, count).Select(_ => new NewPersonRow { Position = PersonPosition.Worker })];
}

/// <summary>The batch of people typed (or pasted) in one form: what each row still needs, and the people it makes.</summary>
public static class PeopleBatch
{
    /// <summary>More rows than a form can sensibly hold are refused rather than half-saved.</summary>
    public const int MaxRows = 60;

    /// <returns>Each missing field of a begun row, by its name in the form ("People[2].Sex").</returns>
    public static List<(string Field, string MessageKey)> Check(IReadOnlyList<NewPersonRow> rows, string prefix)
    {
        var problems = new List<(string, string)>();
        if (rows.Count > MaxRows)
        {
            problems.Add((prefix, "Person.TooManyRows"));
            return problems;
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsBlank)
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(row.FullName))
            {
                problems.Add(($"{prefix}[{i}].{nameof(NewPersonRow.FullName)}", "Person.RowNeedsName"));
            }
            if (row.Sex is null)
            {
                problems.Add(($"{prefix}[{i}].{nameof(NewPersonRow.Sex)}", "Person.RowNeedsSex"));
            }
            if (row.Position is null)
            {
                problems.Add(($"{prefix}[{i}].{nameof(NewPersonRow.Position)}", "Person.RowNeedsPosition"));
            }
        }
        return problems;
    }

    /// <summary>The same, worded in the user's language.</summary>
    public static List<FieldError> Errors(IReadOnlyList<NewPersonRow> rows, string prefix, Microsoft.Extensions.Localization.IStringLocalizer text) =>
        [.. Check(rows, prefix).Select(p => new FieldError(p.Field, text[p.MessageKey]))];

    public static IEnumerable<EnterprisePerson> PeopleOf(IEnumerable<NewPersonRow> rows) =>
        rows.Where(r => !r.IsBlank).Select(r => new EnterprisePerson
        {
            FullName = r.FullName!.Trim(),
            Sex = r.Sex!.Value,
            Position = r.Position!.Value,
            IsEitMember = r.IsEitMember,
            Phone = r.Phone.TrimmedOrNull(),
        });
}
