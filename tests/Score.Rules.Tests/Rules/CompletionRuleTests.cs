using Score.Web.Domain;

namespace Score.Rules.Tests.Rules;

public sealed class CompletionRuleTests
{
    private static readonly CompletionRules Default = new(100, NeedsManagerAndWorker: true, PlannedConsultations: 3, NeedsConsultations: true, NeedsWorkshop: true, WindowDays: 90);

    [Theory]
    [InlineData(2, 2, 100, true)]
    [InlineData(1, 2, 100, false)]
    [InlineData(1, 2, 50, true)]
    [InlineData(2, 3, 67, false)]
    [InlineData(2, 3, 66, true)]
    [InlineData(0, 0, 100, false)]
    [InlineData(0, 2, 0, true)]
    public void A_participant_completes_with_enough_days_present(int present, int days, int minPercent, bool completed) =>
        Assert.Equal(completed, CompletionRule.ParticipantCompleted(present, days, minPercent));

    public static TheoryData<string, ParticipantOutcome[], int, bool, bool> Enterprises => new()
    {
        { "manager and worker, visits, workshop", [new(PersonPosition.Manager, true), new(PersonPosition.Worker, true)], 3, true, true },
        { "owner and supervisor count as the two sides", [new(PersonPosition.Owner, true), new(PersonPosition.Supervisor, true)], 3, true, true },
        { "a visit short", [new(PersonPosition.Manager, true), new(PersonPosition.Worker, true)], 2, true, false },
        { "no workshop", [new(PersonPosition.Manager, true), new(PersonPosition.Worker, true)], 3, false, false },
        { "the worker did not complete", [new(PersonPosition.Manager, true), new(PersonPosition.Worker, false)], 3, true, false },
        { "managers only", [new(PersonPosition.Manager, true), new(PersonPosition.Owner, true)], 3, true, false },
        { "workers only", [new(PersonPosition.Worker, true), new(PersonPosition.Supervisor, true)], 3, true, false },
        { "nobody", [], 3, true, false },
    };

    [Theory]
    [MemberData(nameof(Enterprises))]
    public void An_enterprise_completes_with_a_manager_and_a_worker_the_planned_visits_and_the_workshop(
        string case_, ParticipantOutcome[] participants, int visits, bool presented, bool completed)
    {
        Assert.True(completed == CompletionRule.EnterpriseCompleted(participants, visits, presented, Default), case_);
    }

    [Fact]
    public void A_module_can_ask_less_of_an_enterprise()
    {
        var relaxed = Default with { NeedsManagerAndWorker = false, NeedsConsultations = false, NeedsWorkshop = false };

        Assert.True(CompletionRule.EnterpriseCompleted([new(PersonPosition.Manager, true)], 0, presented: false, relaxed));
        Assert.False(CompletionRule.EnterpriseCompleted([new(PersonPosition.Manager, false)], 0, presented: false, relaxed));
    }

    [Fact]
    public void Every_position_is_on_exactly_one_side()
    {
        foreach (var position in Enum.GetValues<PersonPosition>())
        {
            Assert.True(CompletionRule.IsManagerSide(position) ^ CompletionRule.IsWorkerSide(position), position.ToString());
        }
    }
}
