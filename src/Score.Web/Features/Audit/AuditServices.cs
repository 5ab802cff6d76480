using Score.Web.Infrastructure;

namespace Score.Web.Features.Audit;

/// <summary>The services of the Audit feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class AuditServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
    }
}
