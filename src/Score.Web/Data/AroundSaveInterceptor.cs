using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Score.Web.Data;

/// <summary>
/// An interceptor that does something before every save and again after it succeeds, the same for
/// SaveChanges and SaveChangesAsync. After a save its entries are unchanged: what <see cref="After"/>
/// needs, <see cref="Before"/> keeps on the context (<see cref="ScoreDbContext.Saving"/>).
/// </summary>
public abstract class AroundSaveInterceptor : SaveChangesInterceptor
{
    protected abstract void Before(DbContext? context);

    protected abstract void After(DbContext? context);

    /// <summary>After an asynchronous save: <see cref="After"/> unless it has asynchronous work of its own.</summary>
    protected virtual ValueTask AfterAsync(DbContext? context, CancellationToken cancellationToken)
    {
        After(context);
        return ValueTask.CompletedTask;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Before(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Before(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        After(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await AfterAsync(eventData.Context, cancellationToken);
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
