using Score.Web.Infrastructure;

namespace Score.Web.Features.Baselines;

/// <summary>The services of the Baselines feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class BaselinesServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<BaselineDesk>();
    }
}
