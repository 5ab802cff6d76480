using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;

namespace Score.Tests.Registry;

public sealed class EnterpriseScopingTests(ScoreApp app) : RegistryTest(app)
{
    [Fact]
    public async Task Partner_staff_list_only_their_own_partners_enterprises()
    {
        await App.CreateEnterpriseAsync(Bedo.Id, "PT Bedo Satu");
        await App.CreateEnterpriseAsync(Smi.Id, "PT Smi Satu");
        using var bedo = await AsAsync("staff.bedo@score.test");

        var list = await bedo.GetPageAsync("/enterprises");
        var byPartnerFilter = await bedo.GetPageAsync($"/enterprises?partner={Smi.Id}");
        var bySearch = await bedo.GetPageAsync("/enterprises?search=Smi");

        Assert.Contains("PT Bedo Satu", list, StringComparison.Ordinal);
        Assert.DoesNotContain("PT Smi Satu", list, StringComparison.Ordinal);
        Assert.Contains("0 hasil", byPartnerFilter, StringComparison.Ordinal);
        Assert.Contains("0 hasil", bySearch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_finds_a_NIB_by_its_first_digits_and_a_name_by_any_part_within_the_partner_only()
    {
        await App.CreateEnterpriseAsync(Bedo.Id, "UD Sumber Rejeki", nib: "9120001234567");
        await App.CreateEnterpriseAsync(Bedo.Id, "CV Angka 912 Jaya");
        await App.CreateEnterpriseAsync(Bedo.Id, "PT Lain Sekali", nib: "8120001234567");
        await App.CreateEnterpriseAsync(Smi.Id, "UD Milik SMI", nib: "9120009999999");
        using var bedo = await AsAsync("staff.bedo@score.test");

        var byPrefix = await bedo.GetPageAsync("/enterprises?search=912000");
        var byDigitsInName = await bedo.GetPageAsync("/enterprises?search=912");
        var byNamePart = await bedo.GetPageAsync("/enterprises?search=rejek");
        var notAPrefix = await bedo.GetPageAsync("/enterprises?search=0001234567");
        var inCapitals = await bedo.GetPageAsync("/enterprises?search=SUMBER%20REJ");
        var literalPercent = await bedo.GetPageAsync("/enterprises?search=Sumber%25Rejeki");

        Assert.Contains("UD Sumber Rejeki", byPrefix, StringComparison.Ordinal);
        Assert.Contains("1 hasil", byPrefix, StringComparison.Ordinal);
        Assert.Contains("UD Sumber Rejeki", byDigitsInName, StringComparison.Ordinal);
        Assert.Contains("CV Angka 912 Jaya", byDigitsInName, StringComparison.Ordinal);
        Assert.Contains("2 hasil", byDigitsInName, StringComparison.Ordinal);
        Assert.Contains("UD Sumber Rejeki", byNamePart, StringComparison.Ordinal);
        Assert.Contains("0 hasil", notAPrefix, StringComparison.Ordinal);
        Assert.Contains("UD Sumber Rejeki", inCapitals, StringComparison.Ordinal);
        Assert.Contains("0 hasil", literalPercent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partners_province_filter_lists_the_provinces_of_its_enterprises_and_a_new_one_at_once()
    {
        await App.CreateEnterpriseAsync(Bedo.Id, "UD Jawa Tengah");
        await App.CreateEnterpriseAsync(Smi.Id, "UD Banten Milik SMI", regencyCode: "36.03");
        using var bedo = await AsAsync("staff.bedo@score.test");
        static string Provinces(string page) => page[page.IndexOf("id=\"province\"", StringComparison.Ordinal)..page.IndexOf("</select>", page.IndexOf("id=\"province\"", StringComparison.Ordinal), StringComparison.Ordinal)];

        var before = Provinces(await bedo.GetPageAsync("/enterprises"));
        await App.CreateEnterpriseAsync(Bedo.Id, "UD Banten Baru", regencyCode: "36.03");
        var after = Provinces(await bedo.GetPageAsync("/enterprises"));
        var asked = Provinces(await bedo.GetPageAsync("/enterprises?province=31"));

        Assert.Contains("value=\"33\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"36\"", before, StringComparison.Ordinal);
        Assert.Contains("value=\"36\"", after, StringComparison.Ordinal);
        Assert.Contains("<option value=\"31\" selected=\"selected\">", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"32\"", asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_partners_enterprise_answers_404_to_every_read_and_write()
    {
        var smiEnterprise = await App.CreateEnterpriseAsync(Smi.Id, "PT Smi Rahasia", people: 2);
        var personId = await App.WithDbAsync(db => db.People.Where(p => p.EnterpriseId == smiEnterprise.Id).Select(p => p.Id).FirstAsync());
        using var bedo = await AsAsync("staff.bedo@score.test");
        var token = TestBrowser.TokenIn(await bedo.GetPageAsync("/enterprises"));
        var e = Id(smiEnterprise.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync($"/enterprises/{e}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync($"/enterprises/{e}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync($"/enterprises/{e}/people/create")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync($"/enterprises/{e}/people/{Id(personId)}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await bedo.PostWithTokenAsync($"/enterprises/{e}/edit", EnterpriseFields(("Name", "Hijacked")), token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await bedo.PostWithTokenAsync($"/enterprises/{e}/people/create", Form(("People[0].FullName", "Intruder"), ("People[0].Sex", "Male"), ("People[0].Position", "Worker")), token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await bedo.PostWithTokenAsync($"/enterprises/{e}/people/{Id(personId)}/delete", Form(), token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.PostWithTokenAsync($"/enterprises/{e}/delete", Form(), token)).StatusCode);

        var stored = await App.WithDbAsync(db => db.Enterprises.Include(x => x.People).SingleAsync(x => x.Id == smiEnterprise.Id));
        Assert.Equal("PT Smi Rahasia", stored.Name);
        Assert.Null(stored.DeletedAt);
        Assert.Equal(2, stored.People.Count);
    }

    [Fact]
    public async Task Staff_cannot_register_an_enterprise_for_another_partner_by_posting_its_id()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var response = await bedo.PostFormAsync("/enterprises/create", "/enterprises/create",
            EnterpriseFields(("PartnerId", Id(Smi.Id)), ("Name", "PT Titipan")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Bedo.Id, await App.WithDbAsync(db => db.Enterprises.Where(x => x.Name == "PT Titipan").Select(x => x.PartnerId).SingleAsync()));
    }

    [Fact]
    public async Task A_programme_viewer_reads_every_partner_but_changes_nothing()
    {
        var bedoEnterprise = await App.CreateEnterpriseAsync(Bedo.Id, "PT Bedo Dua");
        await App.CreateEnterpriseAsync(Smi.Id, "PT Smi Dua");
        using var viewer = await AsAsync("viewer@score.test");
        var token = TestBrowser.TokenIn(await viewer.GetPageAsync("/"));

        var list = await viewer.GetPageAsync("/enterprises");
        var details = await viewer.GetPageAsync($"/enterprises/{Id(bedoEnterprise.Id)}");

        Assert.Contains("PT Bedo Dua", list, StringComparison.Ordinal);
        Assert.Contains("PT Smi Dua", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"/enterprises/{Id(bedoEnterprise.Id)}/edit", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/enterprises/{Id(bedoEnterprise.Id)}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/enterprises/create")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await viewer.PostWithTokenAsync($"/enterprises/{Id(bedoEnterprise.Id)}/edit", EnterpriseFields(("Name", "Changed")), token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostWithTokenAsync("/enterprises/create", EnterpriseFields(), token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostWithTokenAsync($"/enterprises/{Id(bedoEnterprise.Id)}/delete", Form(), token)).StatusCode);
        Assert.Equal(2, await App.WithDbAsync(db => db.Enterprises.CountAsync()));
        Assert.Equal("PT Bedo Dua", await App.WithDbAsync(db => db.Enterprises.Where(x => x.Id == bedoEnterprise.Id).Select(x => x.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_trainer_sees_no_enterprise_of_their_partner_without_an_assignment()
    {
        var bedoEnterprise = await App.CreateEnterpriseAsync(Bedo.Id, "PT Bedo Tiga");
        using var trainer = await AsAsync("trainer.bedo@score.test");

        Assert.Contains("0 hasil", await trainer.GetPageAsync("/enterprises"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/enterprises/{Id(bedoEnterprise.Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync("/enterprises/create")).StatusCode);
    }

    [Fact]
    public async Task Only_an_administrator_moves_an_enterprise_to_another_partner()
    {
        var enterprise = await App.CreateEnterpriseAsync(Bedo.Id, "PT Pindahan", people: 3);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var staffToken = TestBrowser.TokenIn(await bedo.GetPageAsync($"/enterprises/{Id(enterprise.Id)}"));

        var refused = await bedo.PostWithTokenAsync($"/enterprises/{Id(enterprise.Id)}/move", Form(("partnerId", Id(Smi.Id))), staffToken);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var admin = await AsAsync("admin@score.test");
        var adminToken = TestBrowser.TokenIn(await admin.GetPageAsync($"/enterprises/{Id(enterprise.Id)}"));
        var moved = await admin.PostWithTokenAsync($"/enterprises/{Id(enterprise.Id)}/move", Form(("partnerId", Id(Smi.Id))), adminToken);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(Smi.Id, await App.WithDbAsync(db => db.Enterprises.Where(x => x.Id == enterprise.Id).Select(x => x.PartnerId).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync($"/enterprises/{Id(enterprise.Id)}")).StatusCode);
        using var smi = await AsAsync("staff.smi@score.test");
        Assert.Contains("Person 2 of PT Pindahan", await smi.GetPageAsync($"/enterprises/{Id(enterprise.Id)}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_enterprise_leaves_the_lists_and_an_administrator_restores_it()
    {
        var enterprise = await App.CreateEnterpriseAsync(Bedo.Id, "PT Terhapus");
        using var bedo = await AsAsync("staff.bedo@score.test");
        var token = TestBrowser.TokenIn(await bedo.GetPageAsync($"/enterprises/{Id(enterprise.Id)}"));

        await bedo.PostWithTokenAsync($"/enterprises/{Id(enterprise.Id)}/delete", Form(), token);

        Assert.DoesNotContain("PT Terhapus", await bedo.GetPageAsync("/enterprises"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync($"/enterprises/{Id(enterprise.Id)}")).StatusCode);
        Assert.Equal("staff.bedo@score.test", await App.WithDbAsync(db => db.Enterprises.Where(x => x.Id == enterprise.Id).Select(x => x.DeletedBy).SingleAsync()));

        using var admin = await AsAsync("admin@score.test");
        Assert.Contains("PT Terhapus", await admin.GetPageAsync("/enterprises?deleted=true"), StringComparison.Ordinal);
        var adminToken = TestBrowser.TokenIn(await admin.GetPageAsync($"/enterprises/{Id(enterprise.Id)}"));
        await admin.PostWithTokenAsync($"/enterprises/{Id(enterprise.Id)}/restore", Form(), adminToken);

        Assert.Contains("PT Terhapus", await bedo.GetPageAsync("/enterprises"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_see_their_own_deleted_enterprises_only_through_an_administrator()
    {
        await App.CreateEnterpriseAsync(Bedo.Id, "PT Masih Aktif");
        var deleted = await App.CreateEnterpriseAsync(Bedo.Id, "PT Sudah Dihapus");
        await App.WithDbAsync(db => db.Enterprises.Where(e => e.Id == deleted.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.DeletedAt, DateTimeOffset.UtcNow).SetProperty(e => e.DeletedBy, "staff.bedo@score.test")));
        using var bedo = await AsAsync("staff.bedo@score.test");
        using var admin = await AsAsync("admin@score.test");

        var staffView = await bedo.GetPageAsync("/enterprises?deleted=true");

        Assert.Contains("PT Masih Aktif", staffView, StringComparison.Ordinal);
        Assert.DoesNotContain("PT Sudah Dihapus", staffView, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync($"/enterprises/{Id(deleted.Id)}")).StatusCode);
        Assert.Contains("PT Sudah Dihapus", await admin.GetPageAsync("/enterprises?deleted=true"), StringComparison.Ordinal);
    }
}
