using System.Globalization;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Registry;

/// <summary>Two partners with one staff account each, an administrator, a viewer and a trainer.</summary>
public abstract class RegistryTest(ScoreApp app) : AppTest(app)
{
    protected Partner Bedo { get; private set; } = null!;
    protected Partner Smi { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Bedo = await App.CreatePartnerAsync("BEDO", isLead: true);
        Smi = await App.CreatePartnerAsync("SMI");
        await App.CreateUserAsync("staff.bedo@score.test", Roles.PartnerStaff, Bedo.Id);
        await App.CreateUserAsync("staff.smi@score.test", Roles.PartnerStaff, Smi.Id);
        await App.CreateUserAsync("admin@score.test", Roles.Administrator);
        await App.CreateUserAsync("viewer@score.test", Roles.ProgrammeViewer);
        await App.CreateUserAsync("trainer.bedo@score.test", Roles.Trainer, Bedo.Id);
    }

    protected async Task<TestBrowser> AsAsync(string email)
    {
        var browser = App.CreateBrowserClient();
        var response = await browser.SignInAsync(email);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    protected static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A valid enterprise form, with fields replaced as the test needs.</summary>
    protected static Dictionary<string, string> EnterpriseFields(params (string Key, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Name"] = "CV Sinar Jaya Mebel",
            ["Nib"] = "",
            ["LegalForm"] = "Cv",
            ["SectorId"] = "3",
            ["Status"] = "Active",
            ["ProvinceCode"] = "33",
            ["RegencyCode"] = "33.74",
            ["Address"] = "Jl. Pemuda 12",
            ["Phone"] = "024 355 1234",
            ["Email"] = "",
            ["OwnerName"] = "Bambang Wibowo",
            ["YearFounded"] = "1998",
            ["WorkersWomen"] = "30",
            ["WorkersMen"] = "45",
            ["SalesBand"] = "From2To15Billion",
            ["Latitude"] = "",
            ["Longitude"] = "",
            ["Notes"] = "",
            ["Version"] = "0",
        };
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }
        return fields;
    }
}
