using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Trainings;

public sealed record AttendanceSheet(int TrainingId, string TrainingTitle, DayRow Day, IReadOnlyList<AttendanceLine> Lines);

public sealed record AttendanceLine(int ParticipantId, string FullName, string Enterprise, PersonPosition Position, Sex Sex, bool Present);

public sealed record ParticipantChoice(int PersonId, string FullName, PersonPosition Position, Sex Sex, bool Chosen);

public sealed record ParticipantPicker(int TrainingId, string TrainingTitle, int EnrolmentId, string Enterprise, IReadOnlyList<ParticipantChoice> People);
