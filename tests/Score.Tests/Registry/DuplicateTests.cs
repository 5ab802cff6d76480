using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Queries;

namespace Score.Tests.Registry;

public sealed class DuplicateTests(ScoreApp app) : RegistryTest(app)
{
    [Fact]
    public async Task An_NIB_registered_by_another_partner_is_refused_without_revealing_that_record()
    {
        await App.CreateEnterpriseAsync(Smi.Id, "PT Milik Smi Rahasia", nib: "9876543210123");
        using var bedo = await AsAsync("staff.bedo@score.test");

        var response = await bedo.PostFormAsync("/enterprises/create", "/enterprises/create",
            EnterpriseFields(("Nib", "9876543210123"), ("Name", "PT Lain Sama Sekali")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("NIB ini sudah didaftarkan oleh mitra lain.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Milik Smi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SMI", html.Replace("staff.smi", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Enterprises.CountAsync()));
    }

    [Fact]
    public async Task An_NIB_already_in_the_same_partner_names_that_enterprise()
    {
        await App.CreateEnterpriseAsync(Bedo.Id, "PT Sudah Ada", nib: "1111111111111");
        using var bedo = await AsAsync("staff.bedo@score.test");

        var response = await bedo.PostFormAsync("/enterprises/create", "/enterprises/create", EnterpriseFields(("Nib", "1111111111111")));

        Assert.Contains("NIB ini sudah terdaftar untuk PT Sudah Ada.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_similar_name_in_the_same_city_warns_and_saves_only_once_confirmed()
    {
        await App.CreateEnterpriseAsync(Bedo.Id, "CV Sinar Jaya Mebel", regencyCode: "33.74");
        using var bedo = await AsAsync("staff.bedo@score.test");

        var warned = await bedo.PostFormAsync("/enterprises/create", "/enterprises/create", EnterpriseFields(("Name", "PT. Sinar Jaya Mebel")));
        var warnedHtml = await warned.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("CV Sinar Jaya Mebel, di kabupaten/kota yang sama, memiliki nama yang sangat mirip.", warnedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"PT. Sinar Jaya Mebel\"", warnedHtml, StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Enterprises.CountAsync()));

        var confirmed = await bedo.PostFormAsync("/enterprises/create", "/enterprises/create",
            EnterpriseFields(("Name", "PT. Sinar Jaya Mebel"), ("ConfirmWarnings", "true")));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await App.WithDbAsync(db => db.Enterprises.CountAsync()));
    }

    [Fact]
    public async Task A_similar_name_of_another_partner_warns_without_naming_it()
    {
        await App.CreateEnterpriseAsync(Smi.Id, "CV Sinar Jaya Mebell", regencyCode: "33.74");
        using var bedo = await AsAsync("staff.bedo@score.test");

        var html = await (await bedo.PostFormAsync("/enterprises/create", "/enterprises/create", EnterpriseFields())).Content.ReadAsStringAsync();

        Assert.Contains("sudah didaftarkan oleh mitra lain", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mebell", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_name_in_another_city_is_no_duplicate()
    {
        await App.CreateEnterpriseAsync(Bedo.Id, "CV Sinar Jaya Mebel", regencyCode: "33.01");
        using var bedo = await AsAsync("staff.bedo@score.test");

        var response = await bedo.PostFormAsync("/enterprises/create", "/enterprises/create", EnterpriseFields());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_same_person_twice_in_one_enterprise_warns_until_confirmed()
    {
        var enterprise = await App.CreateEnterpriseAsync(Bedo.Id, "PT Kembar");
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = $"/enterprises/{Id(enterprise.Id)}/people/create";
        var person = new[] { ("People[0].FullName", "Agus Santoso"), ("People[0].Sex", "Male"), ("People[0].Position", "Worker"), ("People[0].Phone", "0812-3456-7890") };

        await bedo.PostFormAsync(url, url, Form(person));
        var warned = await bedo.PostFormAsync(url, url, Form(("People[0].FullName", "agus santoso"), ("People[0].Sex", "Male"), ("People[0].Position", "Worker"), ("People[0].Phone", "081234567890")));
        Assert.Contains("agus santoso sudah terdaftar di perusahaan ini dengan nomor telepon yang sama", await warned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.People.CountAsync()));

        var confirmed = await bedo.PostFormAsync(url, url, Form([.. person, ("ConfirmWarnings", "true")]));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await App.WithDbAsync(db => db.People.CountAsync()));
    }

    [Theory]
    [InlineData("PT Maju Jaya", "CV. Maju Jaya", true)]
    [InlineData("Maju Jaya Furniture", "Maju Jaya Furnitur", true)]
    [InlineData("Maju Jaya", "Maju Karya", false)]
    [InlineData("Koperasi Sejahtera", "UD Sejahtera Abadi", false)]
    public void Names_differing_in_legal_form_punctuation_or_a_typo_are_similar(string a, string b, bool similar) =>
        Assert.Equal(similar, DuplicateCheck.AreSimilar(DuplicateCheck.NormalizedName(a), DuplicateCheck.NormalizedName(b)));
}
