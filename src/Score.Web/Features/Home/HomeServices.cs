using Score.Web.Infrastructure;

namespace Score.Web.Features.Home;

/// <summary>The services of the Home feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class HomeServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<HomeQueries>();
    }
}
