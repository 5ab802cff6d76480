using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Score.Web.Domain;

namespace Score.Web.Data.Configurations;

public sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ConfigureAudit();
        builder.Property(c => c.HolderKey).HasMaxLength(20);
        builder.Property(c => c.Serial).HasMaxLength(60);
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.Property(c => c.HolderName).HasMaxLength(200);
        builder.Property(c => c.EnterpriseName).HasMaxLength(200);
        builder.Property(c => c.ModuleNameEn).HasMaxLength(200);
        builder.Property(c => c.ModuleNameId).HasMaxLength(200);
        builder.Property(c => c.PartnerName).HasMaxLength(200);
        builder.Property(c => c.VariantName).HasMaxLength(200);
        builder.Property(c => c.TrainerName).HasMaxLength(200);
        builder.Property(c => c.Place).HasMaxLength(300);
        builder.Property(c => c.RevokedBy).HasMaxLength(256);
        builder.Property(c => c.RevocationReason).HasMaxLength(500);
        builder.HasIndex(c => c.Serial).IsUnique();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => new { c.PartnerId, c.Year, c.Sequence }).IsUnique();
        // At most one valid certificate per holder and training; a re-issue revokes the old one first.
        builder.HasIndex(c => new { c.TrainingId, c.HolderKey }).IsUnique().HasFilter("revoked_at IS NULL");
        builder.HasOne<Partner>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Training).WithMany().HasForeignKey(c => c.TrainingId).OnDelete(DeleteBehavior.Restrict);
        // The certificate outlives a removed enrolment or participant: it keeps what it printed.
        builder.HasOne<Enrolment>().WithMany().HasForeignKey(c => c.EnrolmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Participant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.ReplacedBy).WithMany().HasForeignKey(c => c.ReplacedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CertificateCounterConfiguration : IEntityTypeConfiguration<CertificateCounter>
{
    public void Configure(EntityTypeBuilder<CertificateCounter> builder) => builder.HasKey(c => new { c.PartnerId, c.Year });
}
