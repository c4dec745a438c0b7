using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

[Collection(LiveSiteCollection.Name)]
public sealed class KeyboardQuizJourney(LiveSite site)
{
    [Fact]
    public async Task A_learner_starts_answers_and_submits_an_assessment_with_the_keyboard_alone_always_seeing_where_the_focus_is()
    {
        var email = await site.CreateAccountAsync("Keyboard Learner, RN", Roles.Learner);
        var page = await site.NewPageAsync();
        var keys = new KeyboardPages(page);
        var quiz = new QuizPages(page);
        await LiveSite.RunAsync(page, nameof(A_learner_starts_answers_and_submits_an_assessment_with_the_keyboard_alone_always_seeing_where_the_focus_is), async () =>
        {
            await new AccountPages(page).SignInAsync(email, AccountSteps.Password);
            await page.GotoAsync("/modules/ketamine-safety");
            await keys.TabToAsync("Take the assessment");
            await keys.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Assessment, attempt 1");

            var answers = (await QuizSteps.AnswersAsync(site.Factory.Services, quiz.AttemptId, correct: true))
                .GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Select(a => a.Value).ToHashSet());
            Assert.Equal("Skip to content", (await keys.MoveAsync("Tab")).Text);
            await keys.PressAsync("Enter");
            Assert.Equal("main", (await keys.FocusedAsync()).Tag);

            var answered = new HashSet<string>();
            var focused = await keys.MoveAsync("Tab");
            while (focused.Text != "Save answers")
            {
                if (answers.TryGetValue(focused.Name, out var wanted) && (focused.Type == "checkbox" || !answered.Contains(focused.Name)))
                {
                    focused = await AnswerAsync(keys, focused, wanted);
                    answered.Add(focused.Name);
                }

                focused = await keys.MoveAsync("Tab");
            }

            Assert.Equal(answers.Keys.Order(), answered.Order());
            Assert.Equal("Submit for scoring", (await keys.MoveAsync("Tab")).Text);
            Assert.Equal("Save answers", (await keys.MoveAsync("Shift+Tab")).Text);
            await keys.MoveAsync("Tab");
            await keys.PressAsync("Enter");

            await Expect(page.Locator(".result__score")).ToContainTextAsync("100%");
        });
    }

    /// <summary>
    /// A radio group is one tab stop: arrows move the choice to the wanted option (Space if focus
    /// already rests on it). Each checkbox is its own tab stop: Space ticks the wanted ones.
    /// </summary>
    private static async Task<FocusedElement> AnswerAsync(KeyboardPages keys, FocusedElement focused, HashSet<string> wanted)
    {
        if (focused.Type == "radio")
        {
            for (var moves = 0; !wanted.Contains(focused.Value); moves++)
            {
                Assert.True(moves < 10, $"Arrow keys never reached option {string.Join(",", wanted)} of {focused.Name}.");
                focused = await keys.MoveAsync("ArrowDown");
            }
        }

        if (wanted.Contains(focused.Value) && !focused.Checked)
        {
            await keys.PressAsync("Space");
            focused = await keys.FocusedAsync();
        }

        Assert.Equal(wanted.Contains(focused.Value), focused.Checked);
        return focused;
    }
}
