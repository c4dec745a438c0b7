using CE.Platform.Web.Features.Content.Quality;

namespace CE.Platform.Tests.Content;

public sealed class PassShareBoundTests
{
    [Fact]
    public void No_pass_in_n_attempts_bounds_the_share_where_missing_every_time_has_5_percent_probability()
    {
        Assert.Equal(1 - Math.Pow(0.05, 1.0 / 5000), PassShareBound.Upper(0, 5000), 12);
        Assert.InRange(PassShareBound.Upper(0, 5000), 0.0005, 3.0 / 5000); // the "rule of three"
    }

    [Fact]
    public void One_pass_in_ten_attempts_gives_the_tabulated_exact_bound()
    {
        // Clopper–Pearson, one-sided 95% (two-sided 90%) for 1/10: 0.3942.
        Assert.Equal(0.3942, PassShareBound.Upper(1, 10), 4);
    }

    [Fact]
    public void A_share_of_exactly_5_percent_in_5000_attempts_is_bounded_a_little_above_5_percent()
    {
        var bound = PassShareBound.Upper(250, 5000);

        // The normal approximation gives 0.05 + 1.645 × √(0.05 × 0.95 / 5000) ≈ 0.0551; the exact bound is a little wider.
        Assert.InRange(bound, 0.0550, 0.0560);
    }

    [Fact]
    public void Passing_every_attempt_is_bounded_by_one()
    {
        Assert.Equal(1, PassShareBound.Upper(20, 20));
    }

    [Fact]
    public void More_passes_than_attempts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PassShareBound.Upper(3, 2));
    }
}
