using Score.Web.Infrastructure;

namespace Score.Web.Features.Visits;

/// <summary>The services of the Visits feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class VisitsServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<VisitDesk>();
        services.AddScoped<VisitOutbox>();
    }
}
