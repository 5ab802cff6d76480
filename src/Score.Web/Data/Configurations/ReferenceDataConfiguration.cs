using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Score.Web.Domain;

namespace Score.Web.Data.Configurations;

public sealed class ScoreModuleConfiguration : IEntityTypeConfiguration<ScoreModule>
{
    public void Configure(EntityTypeBuilder<ScoreModule> builder)
    {
        builder.HasKey(m => m.Number);
        builder.Property(m => m.Number).ValueGeneratedNever();
        builder.Property(m => m.NameEn).HasMaxLength(120);
        builder.Property(m => m.NameId).HasMaxLength(120);
        builder.Property(m => m.DescriptionEn).HasMaxLength(1000);
        builder.Property(m => m.DescriptionId).HasMaxLength(1000);
    }
}

public sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(2);
        builder.Property(p => p.Name).HasMaxLength(100);
    }
}

public sealed class RegencyConfiguration : IEntityTypeConfiguration<Regency>
{
    public void Configure(EntityTypeBuilder<Regency> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(5);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasOne<Province>().WithMany().HasForeignKey(r => r.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SectorConfiguration : IEntityTypeConfiguration<Sector>
{
    public void Configure(EntityTypeBuilder<Sector> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Code).HasMaxLength(40);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.NameEn).HasMaxLength(120);
        builder.Property(s => s.NameId).HasMaxLength(120);
    }
}

public sealed class PartnerKindConfiguration : IEntityTypeConfiguration<PartnerKind>
{
    public void Configure(EntityTypeBuilder<PartnerKind> builder)
    {
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Code).HasMaxLength(40);
        builder.HasIndex(k => k.Code).IsUnique();
        builder.Property(k => k.NameEn).HasMaxLength(120);
        builder.Property(k => k.NameId).HasMaxLength(120);
    }
}
