using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Tests.Assessments;

/// <summary>Builders shared by the quiz logic tests: questions, answers and rules in one line each.</summary>
internal static class Quiz
{
    public static readonly DateTime Start = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>"a,b,c" as a list of keys; "" is no keys.</summary>
    public static IReadOnlyList<string> Keys(string csv) =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The first <paramref name="count"/> letters as option keys: a, b, c, …</summary>
    public static string Letters(int count) => string.Join(',', Enumerable.Range(0, count).Select(i => (char)('a' + i)));

    public static QuestionDefinition Question(
        string id,
        QuestionType type,
        string options,
        string answer,
        MultipleScoring scoring = MultipleScoring.AllOrNothing,
        string section = "s1") =>
        new(id, section, type, $"Stem of {id}?", [.. Keys(options).Select(k => new OptionDefinition(k, $"Option {k}"))], Keys(answer), scoring, $"Rationale of {id}.");

    public static QuestionDefinition Single(string id = "q1", string answer = "b", string section = "s1") =>
        Question(id, QuestionType.Single, "a,b,c,d", answer, section: section);

    public static QuestionDefinition TrueFalse(string id = "q1", string answer = "true", string section = "s1") =>
        Question(id, QuestionType.TrueFalse, "true,false", answer, section: section);

    public static QuestionDefinition Multiple(string id, MultipleScoring scoring, string answer, int optionCount = 5, string section = "s1") =>
        Question(id, QuestionType.Multiple, Letters(optionCount), answer, scoring, section);

    /// <summary>A partial-credit question with <paramref name="correct"/> right options, of which <paramref name="right"/> are chosen.</summary>
    public static (QuestionDefinition Question, string Chosen) PartlyRight(string id, int correct, int right) =>
        (Multiple(id, MultipleScoring.Partial, Letters(correct), optionCount: correct + 1), Letters(right));

    public static (QuestionDefinition Question, string Chosen) Right(string id) => (Single(id, "b"), "b");

    public static (QuestionDefinition Question, string Chosen) Wrong(string id) => (Single(id, "b"), "a");

    /// <summary>A quiz of <paramref name="count"/> questions built by <paramref name="make"/>, ids prefixed to stay distinct.</summary>
    public static IEnumerable<(QuestionDefinition Question, string Chosen)> Times(
        int count, string prefix, Func<string, (QuestionDefinition, string)> make) =>
        Enumerable.Range(1, count).Select(i => make($"{prefix}{i}"));

    /// <summary>Scores the questions with the chosen keys, in the order given.</summary>
    public static QuizScore Score(int passingPercent, params IEnumerable<(QuestionDefinition Question, string Chosen)>[] parts)
    {
        var answered = parts.SelectMany(p => p).ToList();
        var answers = new AttemptAnswers(answered.ToDictionary(a => a.Question.Id, a => Keys(a.Chosen)));
        return QuizScorer.Score([.. answered.Select(a => a.Question)], answers, passingPercent);
    }

    public static QuizRules Rules(
        int maxAttempts = 3,
        int waitMinutes = 0,
        int timeLimitMinutes = 0,
        LatePolicy latePolicy = LatePolicy.AutoSubmit,
        int graceMinutes = 0) =>
        new()
        {
            MaxAttempts = maxAttempts,
            WaitMinutes = waitMinutes,
            TimeLimitMinutes = timeLimitMinutes,
            LatePolicy = latePolicy,
            GraceMinutes = graceMinutes,
        };

    public static AttemptHistory History(int attemptsUsed = 0, DateTime? lastFinishedUtc = null, bool hasPassed = false) =>
        new(attemptsUsed, lastFinishedUtc, hasPassed);

    /// <summary>A bank with questions of every type, <paramref name="sectionSizes"/>[i] of them in section "s{i}".</summary>
    public static List<QuestionDefinition> Bank(params int[] sectionSizes) =>
    [
        .. sectionSizes.SelectMany((size, s) => Enumerable.Range(1, size).Select(i => (i % 3) switch
        {
            0 => TrueFalse($"s{s}-q{i}", section: $"s{s}"),
            1 => Single($"s{s}-q{i}", section: $"s{s}"),
            _ => Multiple($"s{s}-q{i}", MultipleScoring.Partial, "a,c", optionCount: 6, section: $"s{s}"),
        })),
    ];

    public static string Fingerprint(IEnumerable<DrawnQuestion> draw) =>
        string.Join(" | ", draw.Select(d => $"{d.QuestionId}:{string.Join(',', d.OptionOrder)}"));

    public static DrawnQuestion Drawn(string id, string options) => new(id, Keys(options));

    public static KeyValuePair<string, IReadOnlyList<string>> Posted(string questionId, string keys) => new(questionId, Keys(keys));
}

public sealed class QuizLogicScoringTests
{
    [Theory]
    [InlineData("b", 1)]
    [InlineData("a", 0)]
    [InlineData("", 0)]
    public void A_single_answer_question_scores_one_only_for_the_right_option(string chosen, int credit)
    {
        var score = QuizScorer.ScoreQuestion(Quiz.Single(answer: "b"), Quiz.Keys(chosen));

        Assert.Equal(credit, score.Credit);
        Assert.Equal(credit == 1, score.FullyCorrect);
    }

    [Theory]
    [InlineData("true", "true", 1)]
    [InlineData("true", "false", 0)]
    [InlineData("false", "false", 1)]
    [InlineData("false", "true", 0)]
    [InlineData("false", "", 0)]
    public void A_true_false_question_scores_one_only_for_the_right_value(string answer, string chosen, int credit) =>
        Assert.Equal(credit, QuizScorer.ScoreQuestion(Quiz.TrueFalse(answer: answer), Quiz.Keys(chosen)).Credit);

    [Theory]
    [InlineData("a,c", 1)]
    [InlineData("c,a", 1)]
    [InlineData("a,c,e", 0)]
    [InlineData("a", 0)]
    [InlineData("b,d", 0)]
    [InlineData("", 0)]
    public void An_all_or_nothing_question_scores_one_only_for_the_exact_set(string chosen, int credit)
    {
        var score = QuizScorer.ScoreQuestion(Quiz.Multiple("q1", MultipleScoring.AllOrNothing, "a,c"), Quiz.Keys(chosen));

        Assert.Equal(credit, score.Credit);
        Assert.Equal(credit == 1, score.FullyCorrect);
    }

    [Theory]
    [InlineData("a,b,c", 3)]
    [InlineData("a,b", 2)]
    [InlineData("a", 1)]
    [InlineData("a,b,d", 1)]
    [InlineData("a,b,c,d", 2)]
    [InlineData("a,d", 0)]
    [InlineData("a,d,e", 0)]
    [InlineData("d,e", 0)]
    [InlineData("", 0)]
    public void A_partial_credit_question_scores_right_minus_wrong_over_the_correct_count_never_below_zero(string chosen, int rightMinusWrong)
    {
        var score = QuizScorer.ScoreQuestion(Quiz.Multiple("q1", MultipleScoring.Partial, "a,b,c"), Quiz.Keys(chosen));

        Assert.Equal(rightMinusWrong / 3m, score.Credit);
        Assert.Equal(rightMinusWrong == 3, score.FullyCorrect);
    }

    [Fact]
    public void A_partial_credit_question_with_two_of_three_right_and_none_wrong_earns_two_thirds() =>
        Assert.Equal(2m / 3m, QuizScorer.ScoreQuestion(Quiz.Multiple("q1", MultipleScoring.Partial, "a,b,c"), ["a", "b"]).Credit);

    [Fact]
    public void A_question_left_unanswered_in_the_attempt_scores_zero()
    {
        var score = QuizScorer.Score([Quiz.Single("q1"), Quiz.Single("q2")], AttemptAnswers.Empty, 80);

        Assert.All(score.Questions, q => Assert.Equal(0m, q.Credit));
        Assert.Equal(0m, score.Percent);
    }

    [Fact]
    public void The_percent_is_the_mean_credit_over_every_drawn_question()
    {
        var score = Quiz.Score(
            80,
            Quiz.Times(2, "r", Quiz.Right),
            Quiz.Times(1, "w", Quiz.Wrong),
            [Quiz.PartlyRight("p1", correct: 2, right: 1)]);

        Assert.Equal(["r1", "r2", "w1", "p1"], score.Questions.Select(q => q.QuestionId));
        Assert.Equal(62.5m, score.Percent);
        Assert.False(score.Passed);
    }

    [Fact]
    public void An_empty_quiz_scores_zero_percent() =>
        Assert.Equal(0m, QuizScorer.Score([], AttemptAnswers.Empty, 80).Percent);
}

public sealed class QuizLogicPassMarkTests
{
    [Fact]
    public void Exactly_eighty_percent_passes_an_eighty_percent_mark()
    {
        var score = Quiz.Score(80, Quiz.Times(8, "r", Quiz.Right), Quiz.Times(2, "w", Quiz.Wrong));

        Assert.Equal(80m, score.Percent);
        Assert.True(score.Passed);
    }

    [Fact]
    public void Exactly_eighty_percent_made_up_with_thirds_of_partial_credit_passes_an_eighty_percent_mark()
    {
        // 11 + 3 × 1/3 = 12 of 15 = exactly 80%.
        var score = Quiz.Score(
            80,
            Quiz.Times(11, "r", Quiz.Right),
            Quiz.Times(3, "p", id => Quiz.PartlyRight(id, correct: 3, right: 1)),
            Quiz.Times(1, "w", Quiz.Wrong));

        Assert.Equal(80m, score.Percent);
        Assert.True(score.Passed);
    }

    [Fact]
    public void Seven_point_nine_out_of_ten_fails_an_eighty_percent_mark()
    {
        var score = Quiz.Score(
            80,
            Quiz.Times(7, "r", Quiz.Right),
            [Quiz.PartlyRight("p1", correct: 10, right: 9)],
            Quiz.Times(2, "w", Quiz.Wrong));

        Assert.Equal(79m, score.Percent);
        Assert.False(score.Passed);
    }

    [Fact]
    public void Two_thirds_partial_credit_short_of_the_mark_fails_it()
    {
        // 3 + 2/3 of 5 = 73.33…%: credits that are never exact decimals must not sum up to a pass.
        var score = Quiz.Score(
            80,
            Quiz.Times(3, "r", Quiz.Right),
            Quiz.Times(1, "p", id => Quiz.PartlyRight(id, correct: 3, right: 2)),
            Quiz.Times(1, "w", Quiz.Wrong));

        Assert.Equal(73.33m, score.Percent);
        Assert.False(score.Passed);
    }

    [Fact]
    public void The_stored_percent_is_truncated_to_two_decimals_not_rounded()
    {
        var score = Quiz.Score(50, Quiz.Times(2, "r", Quiz.Right), Quiz.Times(1, "w", Quiz.Wrong));

        Assert.Equal(66.66m, score.Percent);
        Assert.True(score.Passed);
    }

    [Fact]
    public void A_score_a_hair_under_the_mark_is_neither_rounded_up_to_it_nor_passed()
    {
        // 799 + 24/25 of 1000 = 79.996%: rounding would show 80.00.
        var score = Quiz.Score(
            80,
            Quiz.Times(799, "r", Quiz.Right),
            [Quiz.PartlyRight("p1", correct: 25, right: 24)],
            Quiz.Times(200, "w", Quiz.Wrong));

        Assert.Equal(79.99m, score.Percent);
        Assert.False(score.Passed);
    }
}

public sealed class QuizLogicStartRulesTests
{
    [Fact]
    public void A_first_attempt_is_allowed() =>
        Assert.Null(AttemptRules.RefusalToStart(Quiz.Rules(), Quiz.History(), Quiz.Start));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(3, 4)]
    public void Attempts_are_refused_once_the_maximum_is_used_naming_the_number(int maxAttempts, int used)
    {
        var refusal = AttemptRules.RefusalToStart(Quiz.Rules(maxAttempts), Quiz.History(used, Quiz.Start.AddDays(-1)), Quiz.Start);

        Assert.NotNull(refusal);
        Assert.Contains($"all {maxAttempts} attempts", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_allowed_attempt_may_start() =>
        Assert.Null(AttemptRules.RefusalToStart(Quiz.Rules(maxAttempts: 3), Quiz.History(2, Quiz.Start.AddDays(-1)), Quiz.Start));

    [Fact]
    public void A_maximum_of_zero_allows_unlimited_attempts() =>
        Assert.Null(AttemptRules.RefusalToStart(Quiz.Rules(maxAttempts: 0), Quiz.History(500, Quiz.Start.AddDays(-1)), Quiz.Start));

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Extra_attempts_allow_more_than_the_maximum(int used) =>
        Assert.Null(AttemptRules.RefusalToStart(Quiz.Rules(maxAttempts: 3), Quiz.History(used, Quiz.Start.AddDays(-1)), Quiz.Start, extraAttempts: 2));

    [Fact]
    public void Extra_attempts_run_out_too_and_the_refusal_counts_them()
    {
        var refusal = AttemptRules.RefusalToStart(Quiz.Rules(maxAttempts: 3), Quiz.History(5, Quiz.Start.AddDays(-1)), Quiz.Start, extraAttempts: 2);

        Assert.NotNull(refusal);
        Assert.Contains("all 5 attempts", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void A_new_attempt_waits_until_the_wait_after_the_last_finish_and_says_when(int minutesSinceFinish)
    {
        var refusal = AttemptRules.RefusalToStart(
            Quiz.Rules(waitMinutes: 30), Quiz.History(1, Quiz.Start), Quiz.Start.AddMinutes(minutesSinceFinish));

        Assert.NotNull(refusal);
        Assert.Contains("2026-11-25 09:30 UTC", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(60 * 24)]
    public void A_new_attempt_is_allowed_once_the_wait_is_over(int minutesSinceFinish) =>
        Assert.Null(AttemptRules.RefusalToStart(Quiz.Rules(waitMinutes: 30), Quiz.History(1, Quiz.Start), Quiz.Start.AddMinutes(minutesSinceFinish)));

    [Fact]
    public void A_learner_who_has_passed_may_not_start_again()
    {
        var refusal = AttemptRules.RefusalToStart(Quiz.Rules(maxAttempts: 0), Quiz.History(1, Quiz.Start.AddDays(-1), hasPassed: true), Quiz.Start);

        Assert.NotNull(refusal);
        Assert.Contains("already passed", refusal, StringComparison.Ordinal);
    }
}

public sealed class QuizLogicDeadlineTests
{
    [Fact]
    public void An_untimed_attempt_has_no_deadline() =>
        Assert.Null(AttemptRules.Deadline(Quiz.Rules(timeLimitMinutes: 0), Quiz.Start, TimeSpan.FromMinutes(15)));

    [Theory]
    [InlineData(30, 0, 30)]
    [InlineData(30, 15, 45)]
    public void A_timed_attempt_is_due_at_the_start_plus_the_limit_plus_extra_time(int limit, int extra, int dueAfter) =>
        Assert.Equal(Quiz.Start.AddMinutes(dueAfter), AttemptRules.Deadline(Quiz.Rules(timeLimitMinutes: limit), Quiz.Start, TimeSpan.FromMinutes(extra)));

    [Theory]
    [InlineData(LatePolicy.Grace, 5)]
    [InlineData(LatePolicy.AutoSubmit, 0)]
    [InlineData(LatePolicy.Abandon, 0)]
    public void Only_the_grace_policy_keeps_an_attempt_open_past_its_deadline(LatePolicy policy, int openMinutesAfterDeadline) =>
        Assert.Equal(
            Quiz.Start.AddMinutes(openMinutesAfterDeadline),
            AttemptRules.ClosesAt(Quiz.Rules(latePolicy: policy, graceMinutes: 5), Quiz.Start));
}

public sealed class QuizLogicLateActionTests
{
    private static readonly DateTime Deadline = Quiz.Start.AddMinutes(30);

    private static LateOutcome ActAt(LatePolicy policy, int secondsAfterDeadline, int graceMinutes = 5) =>
        AttemptRules.OnAction(
            Quiz.Rules(timeLimitMinutes: 30, latePolicy: policy, graceMinutes: graceMinutes),
            Deadline,
            Deadline.AddSeconds(secondsAfterDeadline));

    [Theory]
    [InlineData(LatePolicy.AutoSubmit, -60)]
    [InlineData(LatePolicy.AutoSubmit, 0)]
    [InlineData(LatePolicy.Abandon, -60)]
    [InlineData(LatePolicy.Abandon, 0)]
    [InlineData(LatePolicy.Grace, -60)]
    public void An_action_by_the_deadline_is_accepted(LatePolicy policy, int secondsAfterDeadline) =>
        Assert.Equal(LateOutcome.Accept, ActAt(policy, secondsAfterDeadline));

    [Theory]
    [InlineData(1)]
    [InlineData(3600)]
    public void An_action_after_the_deadline_under_auto_submit_closes_the_attempt_with_its_saved_answers(int secondsAfterDeadline) =>
        Assert.Equal(LateOutcome.CloseWithSavedAnswers, ActAt(LatePolicy.AutoSubmit, secondsAfterDeadline));

    [Fact]
    public void An_action_after_the_deadline_under_abandon_abandons_the_attempt() =>
        Assert.Equal(LateOutcome.Abandon, ActAt(LatePolicy.Abandon, 1));

    [Theory]
    [InlineData(1)]
    [InlineData(4 * 60)]
    [InlineData(5 * 60)]
    public void An_action_within_the_grace_minutes_is_accepted(int secondsAfterDeadline) =>
        Assert.Equal(LateOutcome.Accept, ActAt(LatePolicy.Grace, secondsAfterDeadline, graceMinutes: 5));

    [Theory]
    [InlineData(5 * 60 + 1)]
    [InlineData(3600)]
    public void An_action_after_the_grace_minutes_closes_the_attempt_with_its_saved_answers(int secondsAfterDeadline) =>
        Assert.Equal(LateOutcome.CloseWithSavedAnswers, ActAt(LatePolicy.Grace, secondsAfterDeadline, graceMinutes: 5));

    [Theory]
    [InlineData(LatePolicy.Grace)]
    [InlineData(LatePolicy.AutoSubmit)]
    [InlineData(LatePolicy.Abandon)]
    public void An_untimed_attempt_is_never_late(LatePolicy policy)
    {
        var rules = Quiz.Rules(timeLimitMinutes: 0, latePolicy: policy);
        var deadline = AttemptRules.Deadline(rules, Quiz.Start, TimeSpan.Zero);

        Assert.Equal(LateOutcome.Accept, AttemptRules.OnAction(rules, deadline, Quiz.Start.AddYears(1)));
    }
}

public sealed class QuizLogicDrawTests
{
    [Theory]
    [InlineData(5, 5)]
    [InlineData(16, 16)]
    [InlineData(50, 16)]
    [InlineData(0, 0)]
    public void The_draw_holds_the_count_asked_for_or_the_whole_bank_without_repeats(int count, int expected)
    {
        var draw = QuestionDraw.Draw(Quiz.Bank(1, 2, 5, 8), count, new Random(7));

        Assert.Equal(expected, draw.Count);
        Assert.Equal(expected, draw.Select(d => d.QuestionId).Distinct().Count());
    }

    [Theory]
    [InlineData(4, 1)]
    [InlineData(4, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(6, 5)]
    [InlineData(10, 6)]
    public void A_draw_at_least_as_large_as_the_number_of_sections_covers_every_section(int count, int seed)
    {
        var bank = Quiz.Bank(1, 2, 5, 8);
        var sectionOf = bank.ToDictionary(q => q.Id, q => q.Section);

        var draw = QuestionDraw.Draw(bank, count, new Random(seed));

        Assert.Equal(["s0", "s1", "s2", "s3"], draw.Select(d => sectionOf[d.QuestionId]).Distinct().Order());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_option_order_is_a_permutation_of_the_question_own_options(int seed)
    {
        var bank = Quiz.Bank(6, 6);
        var options = bank.ToDictionary(q => q.Id, q => q.Options.Select(o => o.Key).Order(StringComparer.Ordinal).ToList());

        var draw = QuestionDraw.Draw(bank, bank.Count, new Random(seed));

        Assert.All(draw, d => Assert.Equal(options[d.QuestionId], d.OptionOrder.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void The_options_of_multiple_answer_questions_are_shuffled() =>
        Assert.Contains(
            QuestionDraw.Draw(Quiz.Bank(6, 6), 12, new Random(1)),
            d => d.OptionOrder.Count == 6 && !d.OptionOrder.SequenceEqual(Quiz.Keys(Quiz.Letters(6))));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void True_false_questions_keep_true_before_false(int seed)
    {
        var bank = Enumerable.Range(1, 10).Select(i => Quiz.TrueFalse($"q{i}")).ToList();

        var draw = QuestionDraw.Draw(bank, bank.Count, new Random(seed));

        Assert.All(draw, d => Assert.Equal(["true", "false"], d.OptionOrder));
    }

    [Fact]
    public void The_same_seed_draws_the_same_questions_in_the_same_order() =>
        Assert.Equal(
            Quiz.Fingerprint(QuestionDraw.Draw(Quiz.Bank(10, 10, 10, 10), 10, new Random(42))),
            Quiz.Fingerprint(QuestionDraw.Draw(Quiz.Bank(10, 10, 10, 10), 10, new Random(42))));

    [Fact]
    public void Different_seeds_draw_differently() =>
        Assert.NotEqual(
            Quiz.Fingerprint(QuestionDraw.Draw(Quiz.Bank(10, 10, 10, 10), 10, new Random(1))),
            Quiz.Fingerprint(QuestionDraw.Draw(Quiz.Bank(10, 10, 10, 10), 10, new Random(2))));
}

public sealed class QuizLogicAnswersTests
{
    // Question 1 shows bank options c, a, b; question 2 shows z, x, y. The form carries only the ids.
    private static readonly IReadOnlyList<DrawnQuestion> Draw =
    [
        new("q1", ["c", "a", "b"], ["k7m2p9q4rt", "w3x8z2n6vb", "h4j9s2d7fg"]),
        new("q2", ["z", "x", "y"], ["p2q8r4t6yu", "m5n7b3v9cx", "e6r2t8y4ui"]),
    ];

    private static AttemptAnswers FromForm(bool allowsMany, params KeyValuePair<string, IReadOnlyList<string>>[] posted) =>
        AttemptAnswers.FromForm(posted, Draw, _ => allowsMany);

    [Fact]
    public void Option_ids_are_read_back_as_the_bank_keys_they_stand_for()
    {
        var answers = FromForm(true, Quiz.Posted("1", "k7m2p9q4rt,h4j9s2d7fg"), Quiz.Posted("2", "m5n7b3v9cx"));

        Assert.Equal(["c", "b"], answers.For("q1"));
        Assert.Equal(["x"], answers.For("q2"));
    }

    [Fact]
    public void Bank_letters_posted_instead_of_ids_count_for_nothing() =>
        Assert.Equal(0, FromForm(true, Quiz.Posted("1", "a,b,c"), Quiz.Posted("2", "x")).AnsweredCount);

    [Fact]
    public void An_id_of_another_question_or_a_made_up_one_is_dropped() =>
        Assert.Equal(["a"], FromForm(true, Quiz.Posted("1", "w3x8z2n6vb,p2q8r4t6yu,aaaaaaaaaa")).For("q1"));

    [Fact]
    public void Answers_to_questions_not_drawn_are_dropped()
    {
        var answers = FromForm(true, Quiz.Posted("1", "k7m2p9q4rt"), Quiz.Posted("3", "k7m2p9q4rt"), Quiz.Posted("0", "k7m2p9q4rt"), Quiz.Posted("q1", "k7m2p9q4rt"));

        Assert.Equal(1, answers.AnsweredCount);
        Assert.Equal(["c"], answers.For("q1"));
    }

    [Fact]
    public void A_single_answer_question_sent_several_options_counts_as_unanswered() =>
        Assert.Empty(FromForm(false, Quiz.Posted("1", "k7m2p9q4rt,w3x8z2n6vb")).For("q1"));

    [Fact]
    public void Repeated_ids_are_kept_once() =>
        Assert.Equal(["c", "a"], FromForm(true, Quiz.Posted("1", "k7m2p9q4rt,w3x8z2n6vb,k7m2p9q4rt")).For("q1"));

    [Fact]
    public void Which_questions_allow_many_options_is_decided_per_question()
    {
        var answers = AttemptAnswers.FromForm([Quiz.Posted("1", "k7m2p9q4rt,w3x8z2n6vb"), Quiz.Posted("2", "p2q8r4t6yu,m5n7b3v9cx")], Draw, id => id == "q2");

        Assert.Empty(answers.For("q1"));
        Assert.Equal(["z", "x"], answers.For("q2"));
    }

    [Fact]
    public void An_attempt_started_before_option_ids_keeps_taking_its_bank_keys() =>
        Assert.Equal(["b"], AttemptAnswers.FromForm([Quiz.Posted("1", "b")], [new DrawnQuestion("q1", ["c", "a", "b"])], _ => false).For("q1"));

    [Fact]
    public void Every_option_of_an_attempt_gets_its_own_unguessable_id()
    {
        var draw = OptionIds.Assign(QuestionDraw.Draw(Quiz.Bank(10, 10, 10, 10), 10, new Random(7)));
        var again = OptionIds.Assign(QuestionDraw.Draw(Quiz.Bank(10, 10, 10, 10), 10, new Random(7)));

        var ids = draw.SelectMany(d => d.OptionIds!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(draw, d => Assert.Equal(d.OptionOrder.Count, d.OptionIds!.Count));
        Assert.All(ids, id => Assert.Matches("^[a-z2-9]{10}$", id));
        Assert.Empty(ids.Intersect(again.SelectMany(d => d.OptionIds!)));
    }

    [Fact]
    public void A_json_round_trip_keeps_every_answer()
    {
        var answers = FromForm(true, Quiz.Posted("1", "k7m2p9q4rt,w3x8z2n6vb"), Quiz.Posted("2", ""));

        var restored = AttemptAnswers.FromJson(answers.ToJson());

        Assert.Equal(["c", "a"], restored.For("q1"));
        Assert.Empty(restored.For("q2"));
        Assert.Equal(1, restored.AnsweredCount);
    }
}

public sealed class ReviewPolicyTests
{
    [Theory]
    [InlineData(ReviewVisibility.Standard, false, true, ReviewDepth.WhichWereWrong)]
    [InlineData(ReviewVisibility.Standard, false, false, ReviewDepth.Full)]
    [InlineData(ReviewVisibility.Standard, true, true, ReviewDepth.Full)]
    [InlineData(ReviewVisibility.AfterPass, false, false, ReviewDepth.WhichWereWrong)]
    [InlineData(ReviewVisibility.AfterPass, true, true, ReviewDepth.Full)]
    [InlineData(ReviewVisibility.ScoreOnly, true, false, ReviewDepth.ScoreOnly)]
    [InlineData(ReviewVisibility.Full, false, true, ReviewDepth.Full)]
    public void The_review_shown_follows_the_module_setting_the_pass_and_the_attempts_left(ReviewVisibility setting, bool passed, bool attemptsRemain, ReviewDepth expected) =>
        Assert.Equal(expected, ReviewPolicy.For(setting, passed, attemptsRemain));

    [Fact]
    public void Modules_that_say_nothing_get_the_standard_review() =>
        Assert.Equal(ReviewVisibility.Standard, new QuizRules().Review);
}
