using Score.Web.Infrastructure;

namespace Score.Web.Features.Reports;

/// <summary>The services of the Reports feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class ReportsServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<ReportDocuments>();
        services.AddScoped<ResultsReports>();
    }
}
