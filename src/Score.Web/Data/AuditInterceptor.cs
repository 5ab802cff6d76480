using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Score.Web.Domain;

namespace Score.Web.Data;

/// <summary>
/// Stamps who created and last changed each audited record, and when; and keeps an
/// <see cref="AuditEntry"/> per change with each field's value before and after. Changes and
/// deletions are written in the same save; a creation right after it, once its id is known.
/// One instance serves every (pooled) context: what a save carries over is kept on the context.
/// </summary>
public sealed class AuditInterceptor(IActingUser currentUser, TimeProvider clock) : AroundSaveInterceptor
{
    /// <summary>Bookkeeping fields every record has: the trail records what they mean, not that they moved.</summary>
    private static readonly HashSet<string> Unrecorded =
    [
        nameof(IAudited.CreatedAt), nameof(IAudited.CreatedBy), nameof(IAudited.UpdatedAt), nameof(IAudited.UpdatedBy), nameof(AuditedEntity.Version),
        "ConcurrencyStamp", "SecurityStamp", "PasswordHash", "CalendarFeedHash", nameof(ApiToken.Hash),
        // Failed sign-ins are entries of their own (SignInFailed, LockedOut); the counter behind them is noise.
        "AccessFailedCount",
        // Kept by the database from the name, which is recorded.
        nameof(Enterprise.NameFolded),
    ];

    protected override void Before(DbContext? context) => Prepare(context);

    protected override void After(DbContext? context)
    {
        if (RecordCreated(context))
        {
            context!.SaveChanges();
        }
    }

    protected override async ValueTask AfterAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (RecordCreated(context))
        {
            await context!.SaveChangesAsync(cancellationToken);
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Created(eventData.Context)?.Clear();
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Created(eventData.Context)?.Clear();
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    private static List<EntityEntry>? Created(DbContext? context) => (context as ScoreDbContext)?.Saving.Created;

    private void Prepare(DbContext? context)
    {
        if (context is not ScoreDbContext { Saving.Created: var created })
        {
            return;
        }
        created.Clear();
        var now = clock.GetUtcNow();
        var who = currentUser.AuditName;
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is IAudited audited)
            {
                Stamp(entry.State, audited, now, who);
            }
            if (!IsRecorded(entry))
            {
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    created.Add(entry);
                    break;
                case EntityState.Modified:
                    var changes = entry.Properties
                        .Where(p => p.IsModified && !Unrecorded.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue))
                        .ToDictionary(p => p.Metadata.Name, p => new[] { Text(p.OriginalValue), Text(p.CurrentValue) });
                    if (changes.Count > 0)
                    {
                        context.Add(Entry(entry, AuditAction.Changed, changes, now, who));
                    }
                    break;
                case EntityState.Deleted:
                    context.Add(Entry(entry, AuditAction.Deleted, Values(entry, current: false), now, who));
                    break;
            }
        }
    }

    /// <returns>Whether entries for records just created were added (and need saving).</returns>
    private bool RecordCreated(DbContext? context)
    {
        if (Created(context) is not { Count: > 0 } created)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        var who = currentUser.AuditName;
        var entries = created.Select(e => Entry(e, AuditAction.Created, Values(e, current: true), now, who)).ToList();
        created.Clear();
        context!.AddRange(entries);
        return true;
    }

    /// <summary>
    /// Audited records, accounts, which role an account has (a role change is an added and a removed row),
    /// and the small rows a training is made of: who takes part, who was present, a co-trainer, a checklist answer.
    /// </summary>
    private static bool IsRecorded(EntityEntry entry) =>
        entry.Entity is IAudited or ApplicationUser or Microsoft.AspNetCore.Identity.IdentityUserRole<string>
            or Participant or Attendance or TrainingCoTrainer or ChecklistAnswer;

    private static Dictionary<string, string?[]> Values(EntityEntry entry, bool current) =>
        entry.Properties.Where(p => !Unrecorded.Contains(p.Metadata.Name))
            .ToDictionary(p => p.Metadata.Name, p => current ? new[] { null, Text(p.CurrentValue) } : [Text(p.OriginalValue), null]);

    private AuditEntry Entry(EntityEntry entry, AuditAction action, Dictionary<string, string?[]> changes, DateTimeOffset now, string who) => new()
    {
        At = now,
        By = who,
        Address = currentUser.Address,
        EntityType = entry.Entity is Microsoft.AspNetCore.Identity.IdentityUserRole<string> ? "UserRole" : entry.Metadata.ClrType.Name,
        EntityId = string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue))),
        PartnerId = entry.Metadata.FindProperty("PartnerId") is { } partner ? entry.Property(partner.Name).CurrentValue as int? : null,
        Action = action,
        Changes = changes,
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list when value is not string => string.Join(", ", list.Cast<object?>().Select(Text)),
        _ => value.ToString(),
    };

    private static void Stamp(EntityState state, IAudited audited, DateTimeOffset now, string who)
    {
        if (state == EntityState.Added)
        {
            audited.CreatedAt = now;
            audited.CreatedBy = who;
        }
        if (state is EntityState.Added or EntityState.Modified)
        {
            audited.UpdatedAt = now;
            audited.UpdatedBy = who;
        }
    }
}
