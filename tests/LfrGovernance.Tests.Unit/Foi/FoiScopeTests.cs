using LfrGovernance.Core.Foi.Catalogue;
using LfrGovernance.Core.Systems;

namespace LfrGovernance.Tests.Unit.Foi;

/// <summary>A request's scope: its UK days as UTC instants, the kinds it covers, and when two scopes are the same request.</summary>
public sealed class FoiScopeTests
{
    private static FoiScope Scope(DateOnly from, DateOnly to, params FacialRecognitionKind[] kinds) => new(from, to, null, kinds.ToHashSet(), null);

    [Fact]
    public void The_period_runs_from_midnight_uk_time_on_the_first_day_to_midnight_after_the_last()
    {
        var summer = Scope(new DateOnly(2018, 6, 1), new DateOnly(2018, 6, 30));
        var winter = Scope(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31));

        Assert.Equal(new DateTime(2018, 5, 31, 23, 0, 0, DateTimeKind.Utc), summer.FromUtc);
        Assert.Equal(new DateTime(2018, 6, 30, 23, 0, 0, DateTimeKind.Utc), summer.ToUtcExclusive);
        Assert.Equal(new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc), winter.FromUtc);
        Assert.Equal(new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc), winter.ToUtcExclusive);
    }

    [Fact]
    public void No_kinds_or_every_kind_covers_every_kind_and_some_kinds_cover_only_those()
    {
        var live = Scope(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), FacialRecognitionKind.Live);

        Assert.False(Scope(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31)).FiltersKinds);
        Assert.False(Scope(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), Enum.GetValues<FacialRecognitionKind>()).FiltersKinds);
        Assert.True(live.FiltersKinds);
        Assert.True(live.Covers(FacialRecognitionKind.Live));
        Assert.False(live.Covers(FacialRecognitionKind.Retrospective));
        Assert.Equal([FacialRecognitionKind.Live], live.CoveredKinds);
    }

    [Fact]
    public void Two_scopes_naming_the_same_kinds_in_different_sets_are_the_same_request()
    {
        var one = Scope(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), FacialRecognitionKind.Retrospective, FacialRecognitionKind.Live);
        var other = Scope(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), FacialRecognitionKind.Live, FacialRecognitionKind.Retrospective);

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.Equal(Scope(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31)), Scope(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), Enum.GetValues<FacialRecognitionKind>()));
        Assert.NotEqual(one, one with { ForceId = Guid.NewGuid() });
        Assert.NotEqual(one, Scope(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), FacialRecognitionKind.Live));
    }

    [Fact]
    public void Periods_overlap_when_they_share_a_day_and_an_unrecorded_end_is_open()
    {
        var scope = Scope(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31));

        Assert.True(scope.Overlaps(new DateOnly(2017, 6, 1), new DateOnly(2018, 1, 1)));
        Assert.True(scope.Overlaps(null, null));
        Assert.True(scope.Overlaps(new DateOnly(2018, 12, 31), null));
        Assert.False(scope.Overlaps(new DateOnly(2019, 1, 1), null));
        Assert.False(scope.Overlaps(null, new DateOnly(2017, 12, 31)));
        Assert.Throws<ArgumentException>(() => Scope(new DateOnly(2019, 1, 1), new DateOnly(2018, 1, 1)).Check());
    }
}
