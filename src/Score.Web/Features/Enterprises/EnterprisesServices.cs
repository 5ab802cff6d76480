using Score.Web.Infrastructure;

namespace Score.Web.Features.Enterprises;

/// <summary>The services of the Enterprises feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class EnterprisesServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<EnterpriseRegistry>();
        services.AddScoped<PeopleRegistry>();
    }
}
