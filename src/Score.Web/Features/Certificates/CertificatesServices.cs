using Score.Web.Infrastructure;

namespace Score.Web.Features.Certificates;

/// <summary>The services of the Certificates feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class CertificatesServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<CertificateIssue>();
        services.AddScoped<CertificateFiles>();
    }
}
