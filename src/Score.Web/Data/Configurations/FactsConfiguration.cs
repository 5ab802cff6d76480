using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Score.Web.Domain;

namespace Score.Web.Data.Configurations;

// The facts tables have no foreign keys: they are rebuilt per training after the rows they summarise
// change or go, and a key would order those deletions.
public sealed class EnrolmentFactConfiguration : IEntityTypeConfiguration<EnrolmentFact>
{
    public void Configure(EntityTypeBuilder<EnrolmentFact> builder)
    {
        builder.ToTable("enrolment_facts");
        builder.HasKey(f => f.EnrolmentId);
        builder.Property(f => f.EnrolmentId).ValueGeneratedNever();
        builder.Property(f => f.EnterpriseProvinceCode).HasMaxLength(2);
        builder.Property(f => f.TrainingProvinceCode).HasMaxLength(2);
        builder.Property(f => f.CostsSavedRupiah).HasPrecision(16, 0);
        builder.HasIndex(f => f.TrainingId);
    }
}

public sealed class ParticipantFactConfiguration : IEntityTypeConfiguration<ParticipantFact>
{
    public void Configure(EntityTypeBuilder<ParticipantFact> builder)
    {
        builder.ToTable("participant_facts");
        builder.HasKey(f => f.ParticipantId);
        builder.Property(f => f.ParticipantId).ValueGeneratedNever();
        builder.Property(f => f.TrainingProvinceCode).HasMaxLength(2);
        builder.HasIndex(f => f.TrainingId);
    }
}

public sealed class KpiFactConfiguration : IEntityTypeConfiguration<KpiFact>
{
    public void Configure(EntityTypeBuilder<KpiFact> builder)
    {
        builder.ToTable("kpi_facts");
        builder.HasKey(f => new { f.EnrolmentId, f.KpiCode });
        builder.Property(f => f.KpiCode).HasMaxLength(40);
        builder.HasIndex(f => f.TrainingId);
    }
}
