using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Score.Web.Domain;

namespace Score.Web.Data.Configurations;

public static class AuditedConfiguration
{
    public static void ConfigureAudit<T>(this EntityTypeBuilder<T> builder) where T : AuditedEntity
    {
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Property(e => e.Version).IsRowVersion();
    }
}

public sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ConfigureAudit();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.ShortName).HasMaxLength(40);
        builder.HasIndex(p => p.ShortName).IsUnique();
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.Address).HasMaxLength(500);
        builder.Property(p => p.ContactPerson).HasMaxLength(200);
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.HasOne(p => p.Kind).WithMany().HasForeignKey(p => p.PartnerKindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Province).WithMany().HasForeignKey(p => p.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ScoreVariantConfiguration : IEntityTypeConfiguration<ScoreVariant>
{
    public void Configure(EntityTypeBuilder<ScoreVariant> builder)
    {
        builder.ToTable("variants");
        builder.ConfigureAudit();
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.Property(v => v.Description).HasMaxLength(2000);
        builder.HasIndex(v => new { v.PartnerId, v.Name }).IsUnique();
        builder.HasOne(v => v.Partner).WithMany(p => p.Variants).HasForeignKey(v => v.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.TargetSector).WithMany().HasForeignKey(v => v.TargetSectorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ConfigureAudit();
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Nib).HasMaxLength(13).IsFixedLength(false);
        // One NIB per business in the whole system, across partners; many micro enterprises have none.
        // text_pattern_ops: the list's search also finds NIBs starting with the digits typed (LIKE '123%').
        builder.HasIndex(e => e.Nib).IsUnique().HasFilter("nib IS NOT NULL").HasOperators("text_pattern_ops");
        // The list's default order, per partner and for everyone: a page at any depth, and its count, are read from
        // the index alone, without visiting the rows the page skips.
        // The folded name rides along, so a search (LIKE '%…%' on it) walks the same index without visiting the rows.
        builder.Property(e => e.NameFolded).HasMaxLength(200).HasComputedColumnSql("lower(name)", stored: true);
        builder.HasIndex(e => new { e.PartnerId, e.Name, e.Id }).HasFilter("deleted_at IS NULL").IncludeProperties(e => e.NameFolded);
        builder.HasIndex(e => new { e.Name, e.Id }).HasFilter("deleted_at IS NULL").IncludeProperties(e => e.NameFolded);
        // The list's search finds a name containing what was typed: trigrams make that an index lookup when few names match.
        builder.HasIndex(e => e.NameFolded).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(e => e.ProvinceCode);
        builder.HasIndex(e => e.RegencyCode);
        builder.HasIndex(e => e.SizeClass);
        builder.Property(e => e.Address).HasMaxLength(500);
        builder.Property(e => e.Phone).HasMaxLength(40);
        builder.Property(e => e.Email).HasMaxLength(256);
        builder.Property(e => e.OwnerName).HasMaxLength(200);
        builder.Property(e => e.Notes).HasMaxLength(4000);
        builder.Property(e => e.DeletedBy).HasMaxLength(256);
        builder.HasOne(e => e.Partner).WithMany().HasForeignKey(e => e.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Sector).WithMany().HasForeignKey(e => e.SectorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Province).WithMany().HasForeignKey(e => e.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Regency).WithMany().HasForeignKey(e => e.RegencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(e => e.Workers);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_enterprises_workers_not_negative", "workers_women >= 0 AND workers_men >= 0");
            t.HasCheckConstraint("ck_enterprises_nib_digits", "nib IS NULL OR nib ~ '^[0-9]{13}$'");
        });
    }
}

public sealed class EnterprisePersonConfiguration : IEntityTypeConfiguration<EnterprisePerson>
{
    public void Configure(EntityTypeBuilder<EnterprisePerson> builder)
    {
        builder.ToTable("enterprise_people");
        builder.ConfigureAudit();
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.HasOne(p => p.Enterprise).WithMany(e => e.People).HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(200);
        builder.Property(u => u.CreatedBy).HasMaxLength(256);
        builder.Property(u => u.UpdatedBy).HasMaxLength(256);
        builder.HasOne(u => u.Partner).WithMany().HasForeignKey(u => u.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TrainerProfileConfiguration : IEntityTypeConfiguration<TrainerProfile>
{
    public void Configure(EntityTypeBuilder<TrainerProfile> builder)
    {
        builder.ToTable("trainers");
        builder.ConfigureAudit();
        builder.HasIndex(t => t.UserId).IsUnique();
        builder.Property(t => t.Phone).HasMaxLength(40);
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Partner).WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Certifications).WithOne().HasForeignKey(c => c.TrainerProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.CalendarFeedHash).HasMaxLength(64);
        builder.HasIndex(t => t.CalendarFeedHash).IsUnique();
    }
}

public sealed class TrainerCertificationConfiguration : IEntityTypeConfiguration<TrainerCertification>
{
    public void Configure(EntityTypeBuilder<TrainerCertification> builder)
    {
        builder.ToTable("trainer_certifications");
        builder.HasIndex(c => new { c.TrainerProfileId, c.ModuleNumber }).IsUnique();
        builder.HasOne(c => c.Module).WithMany().HasForeignKey(c => c.ModuleNumber).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.FileName).HasMaxLength(260);
        builder.Property(b => b.UserId).HasMaxLength(450);
        builder.Property(b => b.Payload).HasColumnType("jsonb");
    }
}
