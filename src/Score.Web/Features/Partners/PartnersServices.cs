using Score.Web.Infrastructure;

namespace Score.Web.Features.Partners;

/// <summary>The services of the Partners feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class PartnersServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<PartnerDirectory>();
        services.AddScoped<VariantCatalogue>();
    }
}
