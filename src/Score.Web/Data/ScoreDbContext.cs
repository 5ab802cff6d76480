using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Score.Web.Domain;

namespace Score.Web.Data;

public sealed class ScoreDbContext(DbContextOptions<ScoreDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ScoreModule> Modules => Set<ScoreModule>();
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Regency> Regencies => Set<Regency>();
    public DbSet<Sector> Sectors => Set<Sector>();
    public DbSet<PartnerKind> PartnerKinds => Set<PartnerKind>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<ScoreVariant> Variants => Set<ScoreVariant>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<EnterprisePerson> People => Set<EnterprisePerson>();
    public DbSet<TrainerProfile> Trainers => Set<TrainerProfile>();
    public DbSet<TrainerCertification> TrainerCertifications => Set<TrainerCertification>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<Training> Trainings => Set<Training>();
    public DbSet<TrainingCoTrainer> TrainingCoTrainers => Set<TrainingCoTrainer>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<ClassroomDay> ClassroomDays => Set<ClassroomDay>();
    public DbSet<TrainingReview> TrainingReviews => Set<TrainingReview>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CertificateVerificationCount> CertificateVerifications => Set<CertificateVerificationCount>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<ApiIdempotencyRecord> ApiIdempotencyRecords => Set<ApiIdempotencyRecord>();
    public DbSet<Attendance> Attendance => Set<Attendance>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<ImprovementAction> ImprovementActions => Set<ImprovementAction>();
    public DbSet<Kpi> Kpis => Set<Kpi>();
    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();
    public DbSet<ChecklistAnswer> ChecklistAnswers => Set<ChecklistAnswer>();
    public DbSet<KpiValue> KpiValues => Set<KpiValue>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<CertificateCounter> CertificateCounters => Set<CertificateCounter>();
    public DbSet<OfflineEntry> OfflineEntries => Set<OfflineEntry>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
    public DbSet<EnrolmentFact> EnrolmentFacts => Set<EnrolmentFact>();
    public DbSet<ParticipantFact> ParticipantFacts => Set<ParticipantFact>();
    public DbSet<KpiFact> KpiFacts => Set<KpiFact>();

    /// <summary>
    /// What the save interceptors carry from before a save to after it. It lives on the context because contexts
    /// are pooled and the interceptors shared by all of them; a save's "before" adds to it and its "after" empties it.
    /// </summary>
    internal SaveBookkeeping Saving { get; } = new();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        // The next visit's due day in a query runs in the database (migration NextVisitDue), the same rule as in C#.
        builder.HasDbFunction(typeof(VisitSchedule).GetMethod(nameof(VisitSchedule.NextDue))!).HasName("next_visit_due");
        builder.ApplyConfigurationsFromAssembly(typeof(ScoreDbContext).Assembly);

        // Identity names its tables explicitly; keep them snake_case like the rest.
        builder.Entity<ApplicationUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}

/// <summary>See <see cref="ScoreDbContext.Saving"/>.</summary>
internal sealed class SaveBookkeeping
{
    /// <summary>Records added in this save, whose audit entries wait for their ids.</summary>
    public List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> Created { get; } = [];

    /// <summary>Whether this save changes what the filters' option lists are built from.</summary>
    public bool ReferenceDataTouched { get; set; }

    /// <summary>Accounts this save changes or removes, whose believed sessions are forgotten before and after it.</summary>
    public List<string> UsersChanged { get; } = [];
}
