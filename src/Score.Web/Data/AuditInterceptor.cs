using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Score.Web.Domain;

namespace Score.Web.Data;

/// <summary>Stamps who created and last changed each audited record, and when.</summary>
public sealed class AuditInterceptor(IActingUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var who = currentUser.AuditName;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is IAudited audited)
            {
                Stamp(entry.State, audited, now, who);
            }
        }
    }

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
