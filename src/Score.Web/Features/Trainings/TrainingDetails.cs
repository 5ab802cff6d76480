using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Trainings;

public sealed record AttendanceSheet(int TrainingId, string TrainingTitle, DayRow Day, IReadOnlyList<AttendanceLine> Lines)
{
    /// <summary>The day's version as the sheet was opened: an entry sent later from a phone's outbox compares it.</summary>
    public uint Version { get; init; }

    /// <summary>Why this user may only read the sheet (the training takes no entries, or the user records none), or null: it can be saved.</summary>
    public string? ReadOnlyReason { get; init; }
}

public sealed record AttendanceLine(int ParticipantId, string FullName, string Enterprise, PersonPosition Position, Sex Sex, bool Present);

public sealed record ParticipantChoice(int PersonId, string FullName, PersonPosition Position, Sex Sex, bool Chosen);

public sealed record ParticipantPicker(int TrainingId, string TrainingTitle, int EnrolmentId, string Enterprise, IReadOnlyList<ParticipantChoice> People);

/// <summary>One of the partner's enterprises that can join the training, with its people (all ticked at first).</summary>
public sealed record EnrolCandidate(int EnterpriseId, string Name, string? Place, IReadOnlyList<ParticipantChoice> People);

public sealed record EnrolPage(
    int TrainingId, string TrainingTitle, bool Closed, string? Search, IReadOnlyList<EnrolCandidate> Candidates, bool MoreCandidates,
    IReadOnlyList<string> Enrolled, EnrolForm? Posted)
{
    /// <summary>The training's fee per enterprise: each enrolment's fee starts from it.</summary>
    public decimal? FeePerEnterprise { get; init; }
}
