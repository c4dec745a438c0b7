using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Quality;
using CE.Platform.Web.Features.Content.Quality.Guessing;
using static CE.Platform.Tests.Content.TinyBank;

namespace CE.Platform.Tests.Content;

/// <summary>Each strategy on banks where its cue gives the key away (it must pass), and where it does not (it must not).</summary>
public sealed class GuessingStrategyTests
{
    private const int Attempts = 2_000;

    private static double PassShare(IReadOnlyList<QuestionDefinition> bank, IGuessingStrategy strategy) =>
        GuessingAudit.Simulate(bank, Rules(), strategy, Attempts, seed: 7).Share;

    private static IReadOnlyList<string> Answer(IGuessingStrategy strategy, QuestionDefinition question) =>
        strategy.Answer(SeenQuestion.From(question), new Random(1));

    /// <summary>Twelve items whose key, written by <paramref name="key"/>, sits among <paramref name="distractors"/> at a rotating letter.</summary>
    private static IReadOnlyList<QuestionDefinition> KeyedBank(Func<int, string> stem, string key, params string[] distractors) =>
        Of(12, n =>
        {
            var options = distractors.ToList();
            options.Insert(n % (distractors.Length + 1), key);
            return Single($"q{n}", stem(n), Letter(n % (distractors.Length + 1)), [.. options]);
        });

    private static readonly IReadOnlyList<QuestionDefinition> BlankBank = Of(12, Blank);

    /// <summary>A bank whose only cue is the one <paramref name="strategy"/> reads.</summary>
    private static IReadOnlyList<QuestionDefinition> GiveawayBankFor(string strategy) => strategy switch
    {
        "longest-option" => KeyedBank(n => $"Which is right in case {n}?", "A carefully qualified and therefore longer statement.", "Short.", "Brief.", "Terse."),
        "stem-overlap" => KeyedBank(n => $"Which agent blocks the NMDA receptor channel in case {n}?", "Ketamine blocks the receptor channel.", "Propofol.", "Midazolam.", "Fentanyl."),
        "avoid-absolutes" => KeyedBank(n => $"Which is right in case {n}?", "It usually helps.", "It always helps.", "It never helps.", "Only nurses decide."),
        "most-frequent-key-letter" => Of(12, n => Blank(n) with { Answer = ["c"] }),
        _ => throw new ArgumentOutOfRangeException(nameof(strategy)),
    };

    [Theory]
    [InlineData("longest-option")]
    [InlineData("stem-overlap")]
    [InlineData("avoid-absolutes")]
    [InlineData("most-frequent-key-letter")]
    public void A_strategy_passes_every_attempt_on_a_bank_whose_cue_gives_every_key_away(string name)
    {
        var bank = GiveawayBankFor(name);
        var strategy = GuessingStrategies.For(bank).Single(s => s.Name == name);

        Assert.Equal(1.0, PassShare(bank, strategy));
    }

    public static TheoryData<string> StrategyNames => new(GuessingStrategies.For(BlankBank).Select(s => s.Name));

    [Theory]
    [MemberData(nameof(StrategyNames))]
    public void A_strategy_passes_almost_no_attempt_on_a_bank_whose_options_give_nothing_away(string name)
    {
        // Equal-length options, no word shared with the stem, no absolute word, keys spread evenly over a–d:
        // every cue is silent, so each strategy guesses; 8 of 10 right at ¼ each happens in 0.04% of attempts.
        var strategy = GuessingStrategies.For(BlankBank).Single(s => s.Name == name);

        Assert.InRange(PassShare(BlankBank, strategy), 0, 0.01);
    }

    [Fact]
    public void Longest_option_ticks_the_options_longer_than_the_median_of_a_multiple_response_item()
    {
        var question = Multiple("m", "Which apply?", ["d", "e"], "A", "Bb", "Ccc", "Dddd", "Eeeee");

        Assert.Equal(["d", "e"], Answer(new LongestOption(), question));
    }

    [Fact]
    public void Longest_option_answers_false_to_a_true_false_statement()
    {
        Assert.Equal(["false"], Answer(new LongestOption(), TrueFalse("t", "Ketamine is a dissociative anesthetic.", true)));
    }

    [Fact]
    public void Avoid_absolutes_answers_an_absolute_statement_false_and_a_qualified_one_true()
    {
        Assert.Equal(["false"], Answer(new AvoidAbsolutes(), TrueFalse("t1", "Ketamine always raises blood pressure.", false)));
        Assert.Equal(["true"], Answer(new AvoidAbsolutes(), TrueFalse("t2", "Ketamine usually raises blood pressure.", true)));
    }

    [Fact]
    public void Avoid_absolutes_ticks_exactly_the_qualified_options_of_a_multiple_response_item()
    {
        var question = Multiple("m", "Which apply?", ["a", "c"], "Often true.", "Always true.", "Sometimes true.", "Never true.");

        Assert.Equal(["a", "c"], Answer(new AvoidAbsolutes(), question));
    }

    [Fact]
    public void The_key_letter_strategy_answers_true_false_with_the_more_often_keyed_answer()
    {
        var bank = new[] { TrueFalse("t1", "One.", false), TrueFalse("t2", "Two.", false), TrueFalse("t3", "Three.", true) };

        Assert.Equal(["false"], Answer(new MostFrequentKeyLetter(bank), bank[2]));
    }

    [Fact]
    public void The_key_letter_strategy_ticks_the_letters_keyed_in_most_multiple_response_items()
    {
        var bank = new[]
        {
            Multiple("m1", "Which?", ["a", "b", "c"], "1", "2", "3", "4"),
            Multiple("m2", "Which?", ["a", "b"], "1", "2", "3", "4"),
            Multiple("m3", "Which?", ["a", "c", "d"], "1", "2", "3", "4"),
        };

        Assert.Equal(["a", "b", "c"], Answer(new MostFrequentKeyLetter(bank), bank[1]));
    }

    [Fact]
    public void Random_guessing_on_ten_true_false_items_passes_as_often_as_the_binomial_distribution_says()
    {
        var bank = Of(10, n => TrueFalse($"t{n}", $"Statement {n}.", n % 2 == 0));

        var share = GuessingAudit.Simulate(bank, Rules(), new RandomGuess(), 20_000, seed: 3).Share;

        // P(at least 8 of 10 right at ½ each) = (45 + 10 + 1) / 1024 = 5.47%; the standard error at 20,000 attempts is 0.16 points.
        Assert.InRange(share, 56.0 / 1024 - 0.008, 56.0 / 1024 + 0.008);
    }

    [Fact]
    public void Random_guessing_ticks_some_options_of_a_multiple_response_item_and_not_others()
    {
        var question = SeenQuestion.From(Multiple("m", "Which?", ["a"], "1", "2", "3", "4", "5", "6"));
        var random = new Random(5);

        var ticks = Enumerable.Range(0, 1000).SelectMany(_ => new RandomGuess().Answer(question, random)).Count();

        Assert.InRange(ticks, 2_800, 3_200); // 6 options × 1000 answers × ½
    }
}
