using Microsoft.AspNetCore.Mvc;
using Score.Web.Authorization;
using Score.Web.Infrastructure.Api;

namespace Score.Web.Features.Dashboard;

/// <summary>The dashboard's figures for the same filters as the page (year and quarter, programme phase, dates, partner, province, module, variant, approved only).</summary>
[Route("api/v1/dashboard")]
[Tags("Dashboard")]
public sealed class DashboardApiController(DashboardQueries queries, PartnerScope scope) : ApiControllerBase
{
    [HttpGet("")]
    [ProducesResponseType<DashboardView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get([FromQuery] DashboardFilter filter, CancellationToken ct)
    {
        if (scope.IsTrainer && !scope.SeesAllPartners)
        {
            return NotFound();
        }
        return await queries.LoadAsync(filter, ct) is { } view ? Answer(view) : NotFound();
    }
}
