using Microsoft.EntityFrameworkCore;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Authorization;

/// <summary>How far a user's reading of partners' figures and records reaches, once they asked for a partner or none.</summary>
public enum PartnerReach
{
    /// <summary>Nothing: a trainer, a user of no partner, or staff asking for another partner (the page answers 404).</summary>
    None,

    /// <summary>The user's own partner: partner staff, whether they named it or not.</summary>
    Own,

    /// <summary>The one partner a programme user asked for.</summary>
    Requested,

    /// <summary>Every partner: a programme user who named none.</summary>
    All,
}

/// <summary>The answer of <see cref="PartnerScope.ReadFor"/>: the reach, and the one partner it is limited to (null for none or all).</summary>
public readonly record struct PartnerRead(PartnerReach Reach, int? PartnerId)
{
    public bool Allowed => Reach != PartnerReach.None;
}

/// <summary>
/// What partner-owned data the signed-in user may see and change. Every query on enterprises and
/// their people starts here, so a foreign id is simply not found (404).
/// </summary>
public sealed class PartnerScope(ScoreDbContext db, CurrentUser me)
{
    /// <summary>Enterprises the user may read, deleted ones excluded.</summary>
    public IQueryable<Enterprise> Enterprises() => Visible(db.Enterprises).Where(e => e.DeletedAt == null);

    /// <summary>Deleted enterprises, which only administrators see (to restore them).</summary>
    public IQueryable<Enterprise> DeletedEnterprises() =>
        me.IsAdministrator ? db.Enterprises.Where(e => e.DeletedAt != null) : db.Enterprises.Where(e => false);

    public IQueryable<EnterprisePerson> People() =>
        db.People.Where(p => Enterprises().Any(e => e.Id == p.EnterpriseId));

    private IQueryable<Enterprise> Visible(IQueryable<Enterprise> enterprises)
    {
        if (me.SeesAllPartners)
        {
            return enterprises;
        }
        if (StaffPartnerId is { } partnerId)
        {
            return enterprises.Where(e => e.PartnerId == partnerId);
        }
        // A trainer reads the enterprises enrolled in the trainings assigned to them.
        var assigned = Trainings().Select(t => t.Id);
        return enterprises.Where(e => db.Enrolments.Any(en => en.EnterpriseId == e.Id && assigned.Contains(en.TrainingId)));
    }

    /// <summary>
    /// Trainings the user may read: all for programme users, their partner's for staff, and for a
    /// trainer those they lead or co-train.
    /// </summary>
    public IQueryable<Training> Trainings()
    {
        if (me.SeesAllPartners)
        {
            return db.Trainings;
        }
        if (me.IsInRole(Roles.PartnerStaff) && me.PartnerId is { } partnerId)
        {
            return db.Trainings.Where(t => t.PartnerId == partnerId);
        }
        if (me.IsInRole(Roles.Trainer) && me.Id is { } userId)
        {
            return AssignedTo(userId);
        }
        return db.Trainings.Where(t => false);
    }

    /// <summary>The trainings a trainer leads or co-trains: a trainer's scope, and what their calendar feed shows.</summary>
    public IQueryable<Training> AssignedTo(string trainerUserId) =>
        db.Trainings.Where(t => t.LeadTrainer!.UserId == trainerUserId || t.CoTrainers.Any(c => c.Trainer!.UserId == trainerUserId));

    /// <summary>A training the user may change (tracked, for an update), or null: the page answers 404.</summary>
    public async Task<Training?> ChangeableTrainingAsync(int trainingId, CancellationToken ct)
    {
        var training = await Trainings().SingleOrDefaultAsync(t => t.Id == trainingId, ct);
        return training is not null && CanChange(training.PartnerId) ? training : null;
    }

    /// <summary>
    /// A training the user may record field work on (attendance, visits, baselines), tracked, or null: the page answers 404.
    /// Its partner's staff and administrators may, and so may the trainers assigned to it (lead or co-trainer), who are
    /// in the classroom and at the enterprise; a trainer reads only their assignments, so any training they find is theirs.
    /// </summary>
    public async Task<Training?> FieldWorkTrainingAsync(int trainingId, CancellationToken ct)
    {
        var training = await Trainings().SingleOrDefaultAsync(t => t.Id == trainingId, ct);
        return training is not null && RecordsFieldWork(training.PartnerId) ? training : null;
    }

    /// <summary>Whether the user records field work on a training of this partner that they can read (see <see cref="FieldWorkTrainingAsync"/>).</summary>
    public bool RecordsFieldWork(int partnerId) => CanChange(partnerId) || IsTrainer;

    /// <summary>Certificates of the trainings the user may read.</summary>
    public IQueryable<Certificate> Certificates() => db.Certificates.Where(c => Trainings().Any(t => t.Id == c.TrainingId));

    public bool IsTrainer => me.IsInRole(Roles.Trainer);

    /// <summary>Partner staff change their own partner's records; administrators change any.</summary>
    public bool CanChange(int partnerId) =>
        me.IsAdministrator || (me.IsInRole(Roles.PartnerStaff) && me.PartnerId == partnerId);

    /// <summary>May register enterprises: administrators for any partner, staff for their own.</summary>
    public bool CanRegister => me.IsAdministrator || (me.IsInRole(Roles.PartnerStaff) && me.PartnerId is not null);

    public bool SeesAllPartners => me.SeesAllPartners;

    public bool IsAdministrator => me.IsAdministrator;

    public int? OwnPartnerId => me.PartnerId;

    /// <summary>
    /// The one rule for which partner's figures and records a user may read, given the partner they asked for (or
    /// null): programme users read the one they asked for or all; staff read their own, and nothing when they ask
    /// for another; trainers and users without a partner read no partner's figures (their records are their
    /// assignments, see <see cref="Trainings"/>).
    /// </summary>
    public PartnerRead ReadFor(int? requested)
    {
        if (me.SeesAllPartners)
        {
            return requested is { } asked ? new(PartnerReach.Requested, asked) : new(PartnerReach.All, null);
        }
        if (StaffPartnerId is { } own && (requested is null || requested == own))
        {
            return new(PartnerReach.Own, own);
        }
        return new(PartnerReach.None, null);
    }

    /// <summary>For a partner's staff, the partner whose enterprises (all of them, and only those) they see; otherwise null.</summary>
    public int? StaffPartnerId => !me.SeesAllPartners && me.IsInRole(Roles.PartnerStaff) ? me.PartnerId : null;

    /// <summary>
    /// The partner a new record belongs to: the one an administrator chose, else the user's own;
    /// a partner id posted by staff is ignored. 0 when an administrator chose none.
    /// </summary>
    public int PartnerForNewRecord(int? requested) => me.IsAdministrator ? requested ?? 0 : me.PartnerId ?? 0;
}
