using Score.Web.Domain;

namespace Score.Web.Features.Enterprises;

public sealed record PersonRow(int Id, string FullName, Sex Sex, PersonPosition Position, string? Phone, string? Email, bool IsEitMember);

public sealed record JourneyStep(
    int Module, string ModuleEn, string ModuleId, int TrainingId, string Training, TrainingStatus Status, DateOnly Start, DateOnly End,
    int Visits, bool Presented, bool? ProductivityImproved, bool? CostsSaved, bool? DefectsReduced, bool? EnergySaved);

public sealed record OpenAction(int TrainingId, string Description, string? Owner, DateOnly? DueDate, ActionStatus Status);

public sealed record EnterpriseDetails(
    int Id, int PartnerId, string Partner, string Name, string? Nib, LegalForm LegalForm, string SectorEn, string SectorId,
    string Province, string? Regency, string? Address, string? Phone, string? Email, string? OwnerName, int? YearFounded,
    int WorkersWomen, int WorkersMen, SalesBand SalesBand, SizeClass SizeClass, double? Latitude, double? Longitude,
    string? Notes, EnterpriseStatus Status, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy,
    DateTimeOffset? DeletedAt, IReadOnlyList<PersonRow> People)
{
    public bool CanChange { get; init; }
    public bool CanMove { get; init; }
    public IReadOnlyList<SelectOption> MoveTargets { get; init; } = [];
    public IReadOnlyList<JourneyStep> Journey { get; init; } = [];
    public IReadOnlyList<OpenAction> OpenActions { get; init; } = [];
    public IReadOnlyList<(int Number, string En, string Id)> ModulesNotTaken { get; init; } = [];
}
