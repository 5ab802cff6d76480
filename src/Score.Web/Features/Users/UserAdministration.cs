using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Users;

/// <summary>What an administrator does with accounts: no one registers themselves.</summary>
public sealed class UserAdministration(
    ScoreDbContext db,
    UserManager<ApplicationUser> users,
    IStringLocalizer<SharedResource> text)
{
    public const int PageSize = 25;

    public async Task<UserList> ListAsync(UserListQuery query, CancellationToken ct)
    {
        var rows =
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId into roleLinks
            from ur in roleLinks.DefaultIfEmpty()
            join r in db.Roles on ur.RoleId equals r.Id into roleRows
            from r in roleRows.DefaultIfEmpty()
            select new { User = u, Role = r != null ? r.Name : null, Partner = u.Partner != null ? u.Partner.ShortName : null };

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + SearchPattern.Escape(query.Search.Trim()) + "%";
            rows = rows.Where(x => EF.Functions.ILike(x.User.FullName, pattern, SearchPattern.EscapeCharacter)
                                   || EF.Functions.ILike(x.User.Email!, pattern, SearchPattern.EscapeCharacter));
        }
        if (!string.IsNullOrEmpty(query.Role))
        {
            rows = rows.Where(x => x.Role == query.Role);
        }
        if (query.Partner is { } partnerId)
        {
            rows = rows.Where(x => x.User.PartnerId == partnerId);
        }

        var total = await rows.CountAsync(ct);
        var page = Paging.Clamp(query.Page, total, PageSize);
        var list = await rows
            .OrderBy(x => x.User.FullName).ThenBy(x => x.User.Email)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new UserRow(x.User.Id, x.User.FullName, x.User.Email!, x.Role, x.Partner, x.User.IsActive,
                x.User.MustChangePassword, x.User.LockoutEnd, x.User.LastSignInAt))
            .ToListAsync(ct);
        return new UserList(query with { Page = page }, list, total, PageSize, await PartnerOptionsAsync(ct));
    }

    public Task<List<PartnerOption>> PartnerOptionsAsync(CancellationToken ct) =>
        db.Partners.OrderBy(p => p.ShortName).Select(p => new PartnerOption(p.Id, p.ShortName)).ToListAsync(ct);

    public async Task<IReadOnlyList<FieldError>> CreateAsync(CreateUserForm form, CancellationToken ct)
    {
        var errors = await CheckRoleAndPartnerAsync(form.Role, form.PartnerId, ct);
        if (await users.FindByEmailAsync(form.Email.Trim()) is not null)
        {
            errors.Add(new(nameof(form.Email), text["Users.EmailTaken"]));
        }
        if (errors.Count > 0)
        {
            return errors;
        }

        var user = new ApplicationUser
        {
            UserName = form.Email.Trim(),
            Email = form.Email.Trim(),
            EmailConfirmed = true,
            FullName = form.FullName.Trim(),
            PartnerId = Roles.IsPartnerBound(form.Role) ? form.PartnerId : null,
            MustChangePassword = true,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, form.TemporaryPassword);
        if (!created.Succeeded)
        {
            return Combined(created.Errors, e => FieldOf(e, nameof(form.TemporaryPassword), nameof(form.Email)));
        }
        var role = await users.AddToRoleAsync(user, form.Role);
        if (!role.Succeeded)
        {
            return role.Errors.Select(e => new FieldError(nameof(form.Role), e.Description)).ToList();
        }
        await transaction.CommitAsync(ct);
        return [];
    }

    public async Task<EditUserForm?> LoadAsync(string id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return null;
        }
        var role = await RoleOfAsync(id, ct);
        return new EditUserForm
        {
            Id = user.Id,
            Email = user.Email ?? "",
            FullName = user.FullName,
            Role = role ?? "",
            PartnerId = user.PartnerId,
            ConcurrencyStamp = user.ConcurrencyStamp ?? "",
            IsActive = user.IsActive,
        };
    }

    public async Task<Outcome> UpdateAsync(EditUserForm form, string actingUserId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(form.Id);
        if (user is null)
        {
            return Outcome.NotFound;
        }
        if (user.ConcurrencyStamp != form.ConcurrencyStamp)
        {
            return Outcome.Conflict(text["Common.ConcurrencyConflict"]);
        }
        var errors = await CheckRoleAndPartnerAsync(form.Role, form.PartnerId, ct);
        var currentRole = await RoleOfAsync(user.Id, ct);
        if (user.Id == actingUserId && form.Role != Roles.Administrator)
        {
            errors.Add(new(nameof(form.Role), text["Users.CannotDemoteSelf"]));
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;
        user.FullName = form.FullName.Trim();
        user.PartnerId = Roles.IsPartnerBound(form.Role) ? form.PartnerId : null;
        var results = new List<IdentityResult>();
        if (currentRole != form.Role)
        {
            if (currentRole is not null)
            {
                results.Add(await users.RemoveFromRoleAsync(user, currentRole));
            }
            results.Add(await users.AddToRoleAsync(user, form.Role));
        }
        // A new stamp ends the user's other sessions, so a changed role or partner takes effect.
        results.Add(await users.UpdateSecurityStampAsync(user));
        if (results.FirstOrDefault(r => !r.Succeeded) is { } failed)
        {
            return failed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? Outcome.Conflict(text["Common.ConcurrencyConflict"])
                : Outcome.Invalid(failed.Errors.Select(e => new FieldError("", e.Description)).ToList());
        }
        await transaction.CommitAsync(ct);
        return Outcome.Done();
    }

    public async Task<Outcome> SetActiveAsync(string id, bool active, string actingUserId)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Outcome.NotFound;
        }
        if (!active && user.Id == actingUserId)
        {
            return Outcome.Refused(text["Users.CannotDeactivateSelf"]);
        }
        user.IsActive = active;
        if (active)
        {
            user.AccessFailedCount = 0;
            user.LockoutEnd = null;
        }
        await users.UpdateSecurityStampAsync(user);
        return Outcome.Done();
    }

    public async Task<Outcome> ResetPasswordAsync(ResetPasswordForm form)
    {
        var user = await users.FindByIdAsync(form.Id);
        if (user is null)
        {
            return Outcome.NotFound;
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var removed = await users.RemovePasswordAsync(user);
        var added = removed.Succeeded ? await users.AddPasswordAsync(user, form.TemporaryPassword) : removed;
        if (!added.Succeeded)
        {
            return Outcome.Invalid(Combined(added.Errors, _ => nameof(form.TemporaryPassword)));
        }
        user.MustChangePassword = true;
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync();
        return Outcome.Done();
    }

    private Task<string?> RoleOfAsync(string userId, CancellationToken ct) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name)
            .FirstOrDefaultAsync(ct);

    private async Task<List<FieldError>> CheckRoleAndPartnerAsync(string role, int? partnerId, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (!Roles.All.Contains(role))
        {
            errors.Add(new("Role", text["Validation.Required", text["Field.Role"]]));
            return errors;
        }
        if (Roles.IsPartnerBound(role))
        {
            if (partnerId is null)
            {
                errors.Add(new("PartnerId", text["Users.PartnerRequired"]));
            }
            else if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct))
            {
                errors.Add(new("PartnerId", text["Users.PartnerUnknown"]));
            }
        }
        else if (partnerId is not null)
        {
            errors.Add(new("PartnerId", text["Users.PartnerNotAllowed"]));
        }
        return errors;
    }

    /// <summary>One message per field, so that every rule a password broke is shown at once.</summary>
    private static List<FieldError> Combined(IEnumerable<IdentityError> errors, Func<IdentityError, string> fieldOf) =>
        errors.GroupBy(fieldOf).Select(g => new FieldError(g.Key, string.Join(" ", g.Select(e => e.Description)))).ToList();

    private static string FieldOf(IdentityError error, string passwordField, string emailField) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : emailField;
}
