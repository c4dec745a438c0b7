using System.Text.Json;
using Microsoft.Playwright;

namespace CE.Platform.BrowserTests.Pages;

/// <summary>
/// A page driven by the keyboard alone. After every key that moves focus it asserts that the focused
/// element shows it: an outline or a box shadow in its computed style.
/// </summary>
public sealed class KeyboardPages(IPage page)
{
    private const string DescribeFocused = """
        () => {
          const e = document.activeElement;
          const style = getComputedStyle(e);
          const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== "rgba(0, 0, 0, 0)";
          return {
            tag: e.tagName.toLowerCase(), type: e.getAttribute("type") ?? "", name: e.getAttribute("name") ?? "",
            value: e.value ?? "", checked: !!e.checked, text: (e.innerText ?? "").trim(),
            showsFocus: outline || style.boxShadow !== "none",
          };
        }
        """;

    /// <summary>Presses a key that moves focus (Tab, Shift+Tab, an arrow) and returns the element focused now, failing if its focus cannot be seen.</summary>
    public async Task<FocusedElement> MoveAsync(string key)
    {
        await page.Keyboard.PressAsync(key);
        var focused = await FocusedAsync();
        Assert.True(focused.ShowsFocus, $"After {key}, the focused {focused.Tag} \"{focused.Text}{focused.Name}\" shows no focus outline or shadow.");
        return focused;
    }

    /// <summary>Presses a key that acts on the focused element (Space, Enter).</summary>
    public Task PressAsync(string key) => page.Keyboard.PressAsync(key);

    /// <summary>Tabs forward until the focused element is a button or link with this text, and returns it.</summary>
    public async Task<FocusedElement> TabToAsync(string text, int maxTabs = 100)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            var focused = await MoveAsync("Tab");
            if (focused.Text == text)
                return focused;
        }

        throw new InvalidOperationException($"\"{text}\" was not reached with {maxTabs} presses of Tab.");
    }

    public async Task<FocusedElement> FocusedAsync() =>
        (await page.EvaluateAsync<JsonElement>(DescribeFocused)).Deserialize<FocusedElement>(JsonSerializerOptions.Web)!;
}

/// <summary>The element that has keyboard focus, as far as a keyboard journey needs to know it.</summary>
public sealed record FocusedElement(string Tag, string Type, string Name, string Value, bool Checked, string Text, bool ShowsFocus);
