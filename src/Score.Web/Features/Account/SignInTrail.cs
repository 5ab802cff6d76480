using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Features.Account;

/// <summary>
/// Failed sign-ins and lockouts in the audit trail: on the account's history when the account
/// exists, otherwise under the name that was typed (record "SignIn"). No password is ever kept.
/// </summary>
public sealed class SignInTrail(ScoreDbContext db, TimeProvider clock)
{
    private const int KeptNameLength = 128;

    public async Task RecordFailureAsync(string typedName, ApplicationUser? account, bool lockedOut, string? address, CancellationToken ct)
    {
        var name = typedName.Length > KeptNameLength ? typedName[..KeptNameLength] : typedName;
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            By = name,
            Address = address is { Length: > 64 } ? address[..64] : address,
            EntityType = account is null ? "SignIn" : nameof(ApplicationUser),
            EntityId = account?.Id ?? name,
            PartnerId = account?.PartnerId,
            Action = lockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed,
            Changes = lockedOut && account?.LockoutEnd is { } until
                ? new() { ["LockoutEnd"] = [null, until.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)] }
                : [],
        });
        await db.SaveChangesAsync(ct);
    }
}
