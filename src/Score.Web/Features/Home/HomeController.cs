using Microsoft.AspNetCore.Mvc;
using Score.Web.Authorization;
using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Home;

public sealed class HomeController(CurrentUser me, HomeQueries queries, VisitQueries visits) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (me.SeesAllPartners)
        {
            return View(me.IsAdministrator ? "AdminHome" : "ViewerHome", await queries.ProgrammeAsync(ct));
        }
        if (me.PartnerId is not { } partnerId || await queries.PartnerAsync(partnerId, ct) is not { } home)
        {
            return Forbid();
        }
        if (me.IsInRole(Roles.Trainer))
        {
            return View("TrainerHome", home with { Visits = await visits.NextVisitsAsync(VisitsAheadPage.PageSize, ct), Trainings = await queries.MyTrainingsAsync(ct) });
        }
        return View("PartnerHome", home with { Visits = await visits.NextVisitsAsync(8, ct) });
    }
}
