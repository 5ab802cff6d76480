namespace Score.Web.Domain;

/// <summary>
/// One enrolment as the figures count it: the training's filter fields copied onto it (so that a filter
/// reads one table), and what the
/// completion rules, the visits and the workshop say about it. Written only by
/// <see cref="Figures.FigureFacts"/> from the tables the forms write, never by a form; see
/// docs/decisions/0010-figures-from-facts.md.
/// </summary>
public sealed class EnrolmentFact : ITrainingFields
{
    public int EnrolmentId { get; set; }
    public int TrainingId { get; set; }
    public int EnterpriseId { get; set; }
    public int PartnerId { get; set; }
    public int ModuleNumber { get; set; }
    public DateOnly PlannedStart { get; set; }
    public TrainingStatus Status { get; set; }
    public ReviewState ReviewState { get; set; }
    public int? VariantId { get; set; }
    public string EnterpriseProvinceCode { get; set; } = "";
    public string TrainingProvinceCode { get; set; } = "";
    public int WorkersWomen { get; set; }
    public int WorkersMen { get; set; }
    public int Participants { get; set; }
    public int Completers { get; set; }
    public int CompletersWithoutCertificate { get; set; }
    public bool Completed { get; set; }
    public bool EnterpriseCertificateDue { get; set; }

    /// <summary>Days with a consultation: what the visit schedule counts.</summary>
    public int VisitDays { get; set; }

    /// <summary>Consultations recorded, two on one day counting twice.</summary>
    public int Consultations { get; set; }
    public int PlannedConsultations { get; set; }
    public int ConsultationWindowDays { get; set; }
    public DateOnly? LastClassroomDay { get; set; }
    public bool? ProductivityImproved { get; set; }
    public bool? CostsSaved { get; set; }
    public bool? DefectsReduced { get; set; }
    public bool? EnergySaved { get; set; }
    public decimal CostsSavedRupiah { get; set; }
}

/// <summary>One participant as the figures count people: who, and whether they completed.</summary>
public sealed class ParticipantFact : ITrainingFields
{
    public int ParticipantId { get; set; }
    public int EnrolmentId { get; set; }
    public int TrainingId { get; set; }
    public int PersonId { get; set; }
    public int PartnerId { get; set; }
    public int ModuleNumber { get; set; }
    public DateOnly PlannedStart { get; set; }
    public TrainingStatus Status { get; set; }
    public ReviewState ReviewState { get; set; }
    public int? VariantId { get; set; }
    public string TrainingProvinceCode { get; set; } = "";
    public Sex Sex { get; set; }
    public PersonPosition Position { get; set; }
    public bool Completed { get; set; }
}

/// <summary>One KPI of one enrolment with a baseline and a later visit value: the change in percent.</summary>
public sealed class KpiFact
{
    public int EnrolmentId { get; set; }
    public string KpiCode { get; set; } = "";
    public int TrainingId { get; set; }
    public double ChangePercent { get; set; }
}

/// <summary>The training's fields a fact carries, so that the figures' filters read the fact alone.</summary>
public interface ITrainingFields
{
    int TrainingId { get; }
    int PartnerId { get; }
    int ModuleNumber { get; }
    DateOnly PlannedStart { get; }
    TrainingStatus Status { get; }
    ReviewState ReviewState { get; }
    int? VariantId { get; }
    string TrainingProvinceCode { get; }
}
