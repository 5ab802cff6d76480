using Score.Web.Infrastructure;

namespace Score.Web.Features.Trainings;

/// <summary>The services of the Trainings feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class TrainingsServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<SignInSheets>();
        services.AddScoped<TrainingPlanning>();
        services.AddScoped<TrainingEnrolment>();
        services.AddScoped<ClassroomAttendance>();
        services.AddScoped<AttendanceOutbox>();
        services.AddScoped<WorkshopDesk>();
    }
}
