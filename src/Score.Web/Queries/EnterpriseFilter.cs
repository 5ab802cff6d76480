using Microsoft.EntityFrameworkCore;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Figures;

namespace Score.Web.Queries;

/// <summary>What the enterprise list asks for, in its URL; the export and the dashboard's links ask the same way.</summary>
public sealed record EnterpriseListQuery
{
    public string? Search { get; init; }
    public string? Province { get; init; }
    public int? Sector { get; init; }
    public SizeClass? Size { get; init; }
    public EnterpriseStatus? Status { get; init; }
    public int? Partner { get; init; }
    /// <summary>name, province, workers, size, status or updated; a leading "-" sorts descending.</summary>
    public string? Sort { get; init; }
    public bool Deleted { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>Only enterprises enrolled in a training (not cancelled) that starts in the period, of the module, variant and province given.</summary>
    public bool Reached { get; init; }
    public DateOnly? ReachedFrom { get; init; }
    public DateOnly? ReachedTo { get; init; }
    public int? ReachedModule { get; init; }
    public int? ReachedVariant { get; init; }
    public string? ReachedProvince { get; init; }

    /// <summary>Reached by approved trainings only, as the dashboard's approved-only figures count.</summary>
    public bool ReachedApproved { get; init; }

    public FigureFilter ReachedFilter() => new(ReachedFrom, ReachedTo, Partner, ReachedProvince, ReachedModule, ReachedVariant) { ApprovedOnly = ReachedApproved };
}

/// <summary>The enterprise list's filters, shared by the list and its export so that the export writes exactly what the list shows.</summary>
public static class EnterpriseFilter
{
    public static IQueryable<Enterprise> Apply(IQueryable<Enterprise> enterprises, EnterpriseListQuery query, ProgrammeFigureQueries figures)
    {
        if (query.Reached)
        {
            // The dashboard counts "enterprises reached" with the same query: the two always agree.
            var reached = figures.ActiveEnrolments(query.ReachedFilter());
            enterprises = enterprises.Where(e => reached.Any(en => en.EnterpriseId == e.Id));
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            // Compared with the name folded to lower case by the database: a LIKE, cheaper than folding each name in an ILIKE.
            var pattern = "%" + SearchPattern.Escape(term.ToLowerInvariant()) + "%";
            if (term.All(char.IsAsciiDigit))
            {
                // Digits are the start of a NIB more often than part of a name.
                var nibPrefix = term + "%";
                enterprises = enterprises.Where(e => EF.Functions.Like(e.NameFolded, pattern, SearchPattern.EscapeCharacter) || EF.Functions.Like(e.Nib, nibPrefix));
            }
            else
            {
                enterprises = enterprises.Where(e => EF.Functions.Like(e.NameFolded, pattern, SearchPattern.EscapeCharacter));
            }
        }
        if (!string.IsNullOrEmpty(query.Province))
        {
            enterprises = enterprises.Where(e => e.ProvinceCode == query.Province);
        }
        if (query.Sector is { } sector)
        {
            enterprises = enterprises.Where(e => e.SectorId == sector);
        }
        if (query.Size is { } size)
        {
            enterprises = enterprises.Where(e => e.SizeClass == size);
        }
        if (query.Status is { } status)
        {
            enterprises = enterprises.Where(e => e.Status == status);
        }
        if (query.Partner is { } partner)
        {
            enterprises = enterprises.Where(e => e.PartnerId == partner);
        }
        return enterprises;
    }
}
