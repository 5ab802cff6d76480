using Score.Web.Infrastructure;

namespace Score.Web.Features.Dashboard;

/// <summary>The services of the Dashboard feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class DashboardServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<DashboardQueries>();
        services.AddSingleton<DashboardCache>();
        services.AddHostedService<DashboardWarmUp>();
    }
}
