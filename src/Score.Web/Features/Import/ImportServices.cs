using Score.Web.Infrastructure;

namespace Score.Web.Features.Import;

/// <summary>The services of the Import feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class ImportServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<EnterpriseImport>();
        services.AddScoped<EnterpriseExport>();
    }
}
