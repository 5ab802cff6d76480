using Microsoft.AspNetCore.Mvc;
using Score.Web.Authorization;

namespace Score.Web.Features.Home;

public sealed class HomeController(CurrentUser me, HomeQueries queries, Visits.VisitDesk visits) : Controller
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
            ViewData["Visits"] = await visits.MyVisitsAsync(ct);
            ViewData["Trainings"] = await queries.MyTrainingsAsync(ct);
            return View("TrainerHome", home);
        }
        ViewData["Visits"] = (await visits.MyVisitsAsync(ct)).Take(8).ToList();
        return View("PartnerHome", home);
    }
}
