using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Score.Web.Domain;

namespace Score.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.By).HasMaxLength(256);
        builder.Property(a => a.Address).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityId).HasMaxLength(128);
        builder.Property(a => a.Changes)
            .HasColumnType("jsonb")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                s => JsonSerializer.Deserialize<Dictionary<string, string?[]>>(s, JsonSerializerOptions.Default) ?? new Dictionary<string, string?[]>(),
                new ValueComparer<Dictionary<string, string?[]>>((a, b) => ReferenceEquals(a, b), v => v.Count, v => v));
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.By);
    }
}

public sealed class CertificateVerificationCountConfiguration : IEntityTypeConfiguration<CertificateVerificationCount>
{
    public void Configure(EntityTypeBuilder<CertificateVerificationCount> builder)
    {
        builder.ToTable("certificate_verifications");
        builder.HasKey(v => v.CertificateId);
        builder.Property(v => v.CertificateId).ValueGeneratedNever();
        builder.HasOne<Certificate>().WithOne().HasForeignKey<CertificateVerificationCount>(v => v.CertificateId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> builder)
    {
        builder.HasKey(f => f.Address);
        builder.Property(f => f.Address).HasMaxLength(64);
        builder.HasIndex(f => f.Since);
    }
}
