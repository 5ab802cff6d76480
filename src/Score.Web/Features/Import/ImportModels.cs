using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Import;

public sealed record ImportError(int Row, string Column, string Message);

public sealed record ImportedPerson(int Row, int? Id, string FullName, Sex Sex, PersonPosition Position, string? Phone, string? Email, bool IsEitMember);

public sealed record ImportedEnterprise(
    int Row, int? Id, string Name, string? Nib, LegalForm LegalForm, int SectorId, string ProvinceCode, string? RegencyCode,
    string? Address, string? Phone, string? Email, string? OwnerName, int? YearFounded, int WorkersWomen, int WorkersMen,
    SalesBand SalesBand, double? Latitude, double? Longitude, EnterpriseStatus Status, string? Notes, List<ImportedPerson> People);

/// <summary>What a file would do, once every row is valid: shown as the preview, then committed.</summary>
public sealed record ImportPlan(IReadOnlyList<ImportedEnterprise> Enterprises, IReadOnlyList<ImportError> Errors, IReadOnlyList<string> Warnings)
{
    public bool IsValid => Errors.Count == 0 && Enterprises.Count > 0;
    public int NewEnterprises => Enterprises.Count(e => e.Id is null);
    public int UpdatedEnterprises => Enterprises.Count(e => e.Id is not null);
    public int NewPeople => Enterprises.Sum(e => e.People.Count(p => p.Id is null));
    public int UpdatedPeople => Enterprises.Sum(e => e.People.Count(p => p.Id is not null));
}

public sealed record ImportPage(ImportPlan? Plan, Guid? BatchId, string? FileName, IReadOnlyList<SelectOption> Partners, int? PartnerId);
