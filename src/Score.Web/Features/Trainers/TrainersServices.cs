using Score.Web.Infrastructure;

namespace Score.Web.Features.Trainers;

/// <summary>The services of the Trainers feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class TrainersServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<TrainerRoster>();
    }
}
