using LfrGovernance.Core.People;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Tests.Unit;

public sealed class RankHistoryTests
{
    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    private static Person SergeantFrom2019()
    {
        var person = new Person { Name = "Pat Morgan" };
        person.ChangeRank(Rank.Sergeant, Day(2019, 4, 1));
        return person;
    }

    [Fact]
    public void A_promotion_ends_the_previous_rank_the_day_before()
    {
        var person = SergeantFrom2019();

        person.ChangeRank(Rank.Inspector, Day(2023, 6, 1));

        Assert.Equal(Rank.Sergeant, person.RankOn(Day(2023, 5, 31)));
        Assert.Equal(Rank.Inspector, person.RankOn(Day(2023, 6, 1)));
        Assert.Equal(Day(2023, 5, 31), person.Ranks.Single(r => r.Rank == Rank.Sergeant).To);
        Assert.Null(person.Ranks.Single(r => r.Rank == Rank.Inspector).To);
    }

    [Fact]
    public void A_rank_is_held_on_its_first_and_last_day_and_none_before_the_first()
    {
        var person = SergeantFrom2019();
        person.ChangeRank(Rank.Inspector, Day(2023, 6, 1));

        Assert.Null(person.RankOn(Day(2019, 3, 31)));
        Assert.Equal(Rank.Sergeant, person.RankOn(Day(2019, 4, 1)));
        Assert.Equal(Rank.Inspector, person.RankOn(Day(2040, 1, 1)));
    }

    [Fact]
    public void A_demotion_is_recorded_in_order_like_any_other_change()
    {
        var person = SergeantFrom2019();
        person.ChangeRank(Rank.Inspector, Day(2023, 6, 1));

        person.ChangeRank(Rank.Sergeant, Day(2024, 1, 15));

        Assert.Equal(Rank.Inspector, person.RankOn(Day(2024, 1, 14)));
        Assert.Equal(Rank.Sergeant, person.RankOn(Day(2024, 1, 15)));
        Assert.Equal(3, person.Ranks.Count);
    }

    [Theory]
    [InlineData(2019, 4, 1)]
    [InlineData(2018, 12, 31)]
    public void A_new_rank_cannot_start_on_or_before_the_current_one(int year, int month, int day)
    {
        var person = SergeantFrom2019();

        var error = Assert.Throws<DomainRuleException>(() => person.ChangeRank(Rank.Inspector, Day(year, month, day)));

        Assert.Contains("must start after 1 April 2019", error.Message, StringComparison.Ordinal);
        Assert.Single(person.Ranks);
        Assert.Null(person.Ranks[0].To);
    }

    [Fact]
    public void The_current_rank_cannot_be_recorded_again()
    {
        var person = SergeantFrom2019();

        Assert.Throws<DomainRuleException>(() => person.ChangeRank(Rank.Sergeant, Day(2020, 1, 1)));
        Assert.Single(person.Ranks);
    }

    [Fact]
    public void A_retired_rank_record_does_not_count()
    {
        var person = SergeantFrom2019();
        person.Ranks[0].Retire("Entered in error", DateTime.UtcNow);

        Assert.Null(person.RankOn(Day(2020, 1, 1)));
    }

    [Fact]
    public void Ranks_compare_from_constable_to_chief_constable()
    {
        Assert.Equal(Rank.Constable, Ranks.LowestToHighest[0]);
        Assert.Equal(Rank.ChiefConstable, Ranks.LowestToHighest[^1]);
        Assert.True(Rank.Superintendent.IsAtLeast(Rank.Superintendent));
        Assert.True(Rank.ChiefSuperintendent.IsAtLeast(Rank.Superintendent));
        Assert.False(Rank.ChiefInspector.IsAtLeast(Rank.Superintendent));
        Assert.True(Rank.Inspector.IsAtLeast(Rank.Inspector));
        Assert.Equal("Assistant Chief Constable (Commander in London)", Ranks.DisplayName(Rank.AssistantChiefConstable));
    }
}
