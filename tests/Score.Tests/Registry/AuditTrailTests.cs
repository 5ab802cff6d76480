using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Registry;

/// <summary>Every change kept with who, when and before/after; readable on the record's page and by administrators at /audit; never changed.</summary>
public sealed partial class AuditTrailTests(ScoreApp app) : RegistryTest(app)
{
    [GeneratedRegex("name=\"Version\" value=\"(?<v>[0-9]+)\"")]
    private static partial Regex VersionField();

    private async Task<int> RegisterAndRenameAsync(TestBrowser staff)
    {
        var created = await staff.PostFormAsync("/enterprises/create", "/enterprises/create", EnterpriseFields(("Name", "CV Nama Lama"), ("OwnerName", "")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await App.WithDbAsync(db => db.Enterprises.Where(e => e.Name == "CV Nama Lama").Select(e => e.Id).SingleAsync());
        var edit = $"/enterprises/{Id(id)}/edit";
        var form = await staff.GetPageAsync(edit);
        var renamed = await staff.PostWithTokenAsync(edit, EnterpriseFields(("Name", "CV Nama Baru"), ("OwnerName", ""), ("Version", VersionField().Match(form).Groups["v"].Value)), TestBrowser.TokenIn(form));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        return id;
    }

    [Fact]
    public async Task An_edit_is_kept_with_who_when_and_the_values_before_and_after()
    {
        using var staff = await AsAsync("staff.bedo@score.test");
        var id = await RegisterAndRenameAsync(staff);

        var entries = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Enterprise" && a.EntityId == Id(id)).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Changed], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("staff.bedo@score.test", (int?)Bedo.Id), (e.By, e.PartnerId)));
        Assert.Equal("CV Nama Lama -> CV Nama Baru", string.Join(" -> ", entries[1].Changes["Name"]));
        Assert.DoesNotContain("UpdatedAt", entries[1].Changes.Keys);

        var page = await staff.GetPageAsync($"/enterprises/{Id(id)}");
        Assert.Matches("<del class=\"text-danger\">CV Nama Lama</del> → <ins class=\"text-success\">CV Nama Baru</ins>", page);

        using var admin = await AsAsync("admin@score.test");
        var audit = await admin.GetPageAsync("/audit?type=Enterprise&by=staff.bedo");
        Assert.Contains("CV Nama Lama", audit, StringComparison.Ordinal);
        Assert.Contains("CV Nama Baru", audit, StringComparison.Ordinal);
        var csv = await (await admin.GetAsync("/audit/export?type=Enterprise")).Content.ReadAsStringAsync();
        Assert.StartsWith("at,by,address,record,id,partner,action,changes", csv, StringComparison.Ordinal);
        Assert.Contains("Name: CV Nama Lama -> CV Nama Baru", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_read_the_whole_trail_and_nobody_can_change_it()
    {
        using var staff = await AsAsync("staff.bedo@score.test");
        var id = await RegisterAndRenameAsync(staff);
        using var smi = await AsAsync("staff.smi@score.test");

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/audit/export")).StatusCode);
        using (var admin = await AsAsync("admin@score.test"))
        {
            // Dates at the ends of the calendar and a page far past the end are a filter, not a failure.
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/audit?from=0001-01-01&to=9999-12-31&page=2147483647")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/audit/export?to=9999-12-31&from=nonsense")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync($"/enterprises/{Id(id)}")).StatusCode);
        var token = TestBrowser.TokenIn(await staff.GetPageAsync("/enterprises"));
        Assert.NotEqual(HttpStatusCode.OK, (await staff.PostWithTokenAsync("/audit", Form(), token)).StatusCode);

        var update = await Record.ExceptionAsync(() => App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET by = 'someone else'")));
        var delete = await Record.ExceptionAsync(() => App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries")));
        Assert.Contains("never changed or deleted", update?.Message, StringComparison.Ordinal);
        Assert.Contains("never changed or deleted", delete?.Message, StringComparison.Ordinal);
        Assert.Equal(2, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Enterprise" && a.By == "staff.bedo@score.test")));
    }

    [Fact]
    public async Task A_removed_person_is_kept_in_the_trail_with_what_they_were()
    {
        var enterprise = await App.CreateEnterpriseAsync(Bedo.Id, "UD Jejak", people: 1);
        var person = await App.WithDbAsync(db => db.People.SingleAsync(p => p.EnterpriseId == enterprise.Id));
        using var staff = await AsAsync("staff.bedo@score.test");
        var token = TestBrowser.TokenIn(await staff.GetPageAsync($"/enterprises/{Id(enterprise.Id)}"));

        await staff.PostWithTokenAsync($"/enterprises/{Id(enterprise.Id)}/people/{Id(person.Id)}/delete", Form(), token);

        Assert.False(await App.WithDbAsync(db => db.People.AnyAsync(p => p.Id == person.Id)));
        var removed = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "EnterprisePerson" && a.Action == AuditAction.Deleted));
        Assert.Equal((Id(person.Id), "staff.bedo@score.test", person.FullName), (removed.EntityId, removed.By, removed.Changes["FullName"][0]));
    }

    [Fact]
    public async Task A_role_change_is_kept_and_shown_on_the_account()
    {
        var user = await App.CreateUserAsync("berpindah@score.test", Roles.ProgrammeViewer);
        using var admin = await AsAsync("admin@score.test");
        var url = $"/users/{user.Id}/edit";
        var form = await admin.GetPageAsync(url);
        var stamp = Regex.Match(form, "name=\"ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;

        var saved = await admin.PostWithTokenAsync(url, Form(
            ("FullName", "Sudah Berpindah"), ("Role", Roles.PartnerStaff), ("PartnerId", Id(Smi.Id)), ("ConcurrencyStamp", stamp), ("Email", "berpindah@score.test")), TestBrowser.TokenIn(form));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var roleRows = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "UserRole" && a.EntityId.StartsWith(user.Id + "/"))
            .Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditAction.Deleted, roleRows);
        Assert.Contains(AuditAction.Created, roleRows);
        var page = await admin.GetPageAsync(url);
        Assert.Matches("data-testid=\"history\"", page);
        Assert.Contains("Sudah Berpindah", page, StringComparison.Ordinal);
        Assert.Contains("Dihapus", page, StringComparison.Ordinal); // the role taken away
    }

    [Fact]
    public async Task Failed_sign_ins_and_the_lockout_they_cause_are_kept_on_the_account_never_with_the_password()
    {
        var user = await App.CreateUserAsync("lupa.sandi@score.test", Roles.PartnerStaff, Bedo.Id);
        using var guesser = App.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            await guesser.SignInAsync("lupa.sandi@score.test", "Tebakan-Salah-" + i);
        }
        await guesser.SignInAsync("tidak.ada@score.test", "Tebakan-Salah-9");

        var entries = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.SignInFailed || a.Action == AuditAction.LockedOut)
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.LockedOut, AuditAction.SignInFailed],
            entries.Select(e => e.Action));
        Assert.All(entries.Take(5), e => Assert.Equal(("ApplicationUser", user.Id, "lupa.sandi@score.test", (int?)Bedo.Id), (e.EntityType, e.EntityId, e.By, e.PartnerId)));
        Assert.Equal(("SignIn", "tidak.ada@score.test"), (entries[5].EntityType, entries[5].EntityId));
        Assert.Contains("LockoutEnd", entries[4].Changes.Keys);
        Assert.DoesNotContain(entries, e => e.Changes.Values.Any(v => v.Any(x => x?.Contains("Tebakan", StringComparison.Ordinal) == true)));
        // The counter behind the lockout is not a change anyone needs to read.
        var accountChanges = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == user.Id && a.Action == AuditAction.Changed).ToListAsync());
        Assert.DoesNotContain(accountChanges, a => a.Changes.ContainsKey("AccessFailedCount"));

        using var admin = await AsAsync("admin@score.test");
        var account = await admin.GetPageAsync($"/users/{user.Id}/edit");
        Assert.Contains("Gagal masuk", account, StringComparison.Ordinal);
        Assert.Contains("Akun dikunci", account, StringComparison.Ordinal);
        Assert.Contains("Dikunci sampai", account, StringComparison.Ordinal);
        var audit = await admin.GetPageAsync("/audit?type=SignIn");
        Assert.Contains("tidak.ada@score.test", audit, StringComparison.Ordinal);
        Assert.Contains("<option value=\"SignIn\" selected=\"selected\">Masuk</option>", audit, StringComparison.Ordinal);
    }
}
