using Microsoft.EntityFrameworkCore;
using Score.Web.Domain;

namespace Score.Web.Data;

/// <summary>
/// A number that moves whenever partners or the geographic and sector reference data are saved, so
/// that lists built from them (the filters' dropdowns) are kept until they change, and no longer.
/// </summary>
public sealed class ReferenceDataVersion
{
    private long version;

    public long Current => Interlocked.Read(ref version);

    public void Move() => Interlocked.Increment(ref version);
}

/// <summary>
/// Moves the <see cref="ReferenceDataVersion"/> when a save touches partners, provinces, regencies or
/// sectors, or puts an enterprise in a province: before the save (so no list read meanwhile is kept) and again after it.
/// Shared by every (pooled) context; whether a save touched them is kept on the context.
/// </summary>
public sealed class ReferenceDataChanges(ReferenceDataVersion version) : AroundSaveInterceptor
{
    protected override void Before(DbContext? context)
    {
        if (context is not ScoreDbContext score)
        {
            return;
        }
        var touched = score.ChangeTracker.Entries().Any(e =>
            (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is Partner or Province or Regency or Sector)
            // A partner's province filter lists the provinces its enterprises are in.
            || (e.Entity is Enterprise && (e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(nameof(Enterprise.ProvinceCode)).IsModified))));
        // Or-ed, not replaced: the audit's own save runs inside this one's "after", and must not forget it.
        score.Saving.ReferenceDataTouched |= touched;
        if (touched)
        {
            version.Move();
        }
    }

    protected override void After(DbContext? context)
    {
        if (context is ScoreDbContext { Saving.ReferenceDataTouched: true } score)
        {
            version.Move();
            score.Saving.ReferenceDataTouched = false;
        }
    }
}
