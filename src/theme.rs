//! Colours: the light and dark themes, and the contrast rule they are held to.
//!
//! Drawing asks for colours by role (text, track, the n-th series), never by value, so a theme
//! is the only place a colour is written. The series colours come from the Okabe–Ito palette,
//! which stays distinct for the common forms of colour blindness.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour as CSS writes it: `#0072b2`.
    pub fn css(self) -> String {
        let Rgb(r, g, b) = self;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeName {
    Light,
    Dark,
}

impl ThemeName {
    pub fn from_name(name: &str) -> Option<ThemeName> {
        match name {
            "light" => Some(ThemeName::Light),
            "dark" => Some(ThemeName::Dark),
            _ => None,
        }
    }
}

/// What a colour is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Background,
    Text,
    MutedText,
    /// Hairlines: baselines and rules.
    Rule,
    /// The unfilled part of a share bar and the parent bar behind a nested bar.
    Track,
    /// The n-th series colour (modulo the palette).
    Series(usize),
    /// Text drawn on top of a series colour.
    OnSeries,
}

/// The reader's system colours under forced colours (Windows High Contrast), as the page
/// computes them: what the host hands in, so the chart draws in them too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SystemColors {
    pub canvas: Rgb,
    pub canvas_text: Rgb,
    pub highlight: Rgb,
    pub gray_text: Rgb,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    pub background: Rgb,
    pub text: Rgb,
    pub muted_text: Rgb,
    pub rule: Rgb,
    pub track: Rgb,
    pub series: [Rgb; 3],
    pub on_series: Rgb,
    /// Light hairlines of the widget's page parts around the chart: under the tabs, around the
    /// buttons and the tooltip.
    pub border: Rgb,
}

impl Theme {
    pub fn named(name: ThemeName) -> Theme {
        match name {
            ThemeName::Light => Theme {
                background: Rgb(0xff, 0xff, 0xff),
                text: Rgb(0x1b, 0x1b, 0x1f),
                muted_text: Rgb(0x55, 0x58, 0x5e),
                rule: Rgb(0x8a, 0x8d, 0x93),
                track: Rgb(0xe3, 0xe6, 0xea),
                // Okabe–Ito blue, vermillion, bluish green, darkened where needed for 3:1.
                series: [
                    Rgb(0x00, 0x72, 0xb2),
                    Rgb(0xc8, 0x50, 0x00),
                    Rgb(0x00, 0x80, 0x5e),
                ],
                on_series: Rgb(0xff, 0xff, 0xff),
                border: Rgb(0xd5, 0xd8, 0xdc),
            },
            ThemeName::Dark => Theme {
                background: Rgb(0x16, 0x18, 0x1c),
                text: Rgb(0xee, 0xef, 0xf1),
                muted_text: Rgb(0xb4, 0xb8, 0xbf),
                rule: Rgb(0x80, 0x85, 0x8d),
                track: Rgb(0x33, 0x37, 0x3e),
                // Okabe–Ito sky blue, orange, bluish green.
                series: [
                    Rgb(0x56, 0xb4, 0xe9),
                    Rgb(0xe6, 0x9f, 0x00),
                    Rgb(0x2c, 0xc2, 0x97),
                ],
                on_series: Rgb(0x16, 0x18, 0x1c),
                border: Rgb(0x3a, 0x3f, 0x47),
            },
        }
    }

    /// The theme under forced colours, in the reader's system colours only: text, rules and
    /// the focus ring in `CanvasText`; figures in `Highlight` (a second group of bars in
    /// `CanvasText`, a third in `GrayText`) with their labels in `Canvas`; tracks left
    /// `Canvas`, seen by their edge in `CanvasText` (`draw` edges every track). Derived figures
    /// stay hatched, so nothing is told by colour alone.
    pub fn forced(system: SystemColors) -> Theme {
        let SystemColors {
            canvas,
            canvas_text,
            highlight,
            gray_text,
        } = system;
        Theme {
            background: canvas,
            text: canvas_text,
            muted_text: canvas_text,
            rule: canvas_text,
            track: canvas,
            series: [highlight, canvas_text, gray_text],
            on_series: canvas,
            border: canvas_text,
        }
    }

    pub fn color(&self, role: Role) -> Rgb {
        match role {
            Role::Background => self.background,
            Role::Text => self.text,
            Role::MutedText => self.muted_text,
            Role::Rule => self.rule,
            Role::Track => self.track,
            Role::Series(index) => self.series[index % self.series.len()],
            Role::OnSeries => self.on_series,
        }
    }
}

/// WCAG 2.2 relative luminance.
fn luminance(Rgb(r, g, b): Rgb) -> f64 {
    let channel = |value: u8| {
        let value = f64::from(value) / 255.0;
        if value <= 0.04045 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2.2 contrast ratio, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast(Rgb(0x77, 0x77, 0x77), Rgb(255, 255, 255)) - 4.48).abs() < 0.01);
    }

    #[test]
    fn every_group_a_view_may_have_gets_a_colour_of_its_own() {
        for name in [ThemeName::Light, ThemeName::Dark] {
            assert!(Theme::named(name).series.len() >= crate::model::MAX_GROUPS);
        }
    }

    /// WCAG 2.2 AA: text 4.5:1, graphical marks 3:1, in both themes.
    #[test]
    fn themes_meet_wcag_aa() {
        for name in [ThemeName::Light, ThemeName::Dark] {
            let theme = Theme::named(name);
            for (role, text) in [
                (Role::Text, theme.text),
                (Role::MutedText, theme.muted_text),
            ] {
                let ratio = contrast(text, theme.background);
                assert!(ratio >= 4.5, "{name:?} {role:?} text contrast {ratio:.2}");
            }
            for (index, series) in theme.series.iter().enumerate() {
                let ratio = contrast(*series, theme.background);
                assert!(ratio >= 3.0, "{name:?} series {index} contrast {ratio:.2}");
                // Value labels drawn inside bars.
                let ratio = contrast(theme.on_series, *series);
                assert!(
                    ratio >= 4.5,
                    "{name:?} text on series {index} contrast {ratio:.2}"
                );
            }
            // Rules, and the edge `draw` gives every track, so a track's extent is seen
            // (WCAG 1.4.11) while its fill stays light beside the figure drawn over it; the
            // hatching of derived figures is drawn in their series colour, held above.
            let ratio = contrast(theme.rule, theme.background);
            assert!(
                ratio >= 3.0,
                "{name:?} rule and track edge contrast {ratio:.2}"
            );
            let ratio = contrast(theme.series[0], theme.track);
            assert!(ratio >= 3.0, "{name:?} figure against its track {ratio:.2}");
        }
    }

    /// Under forced colours every colour is one of the reader's four system colours, and the
    /// roles keep them apart as the system's own pairs do: text on the canvas, figures in
    /// the highlight, their labels on it in the canvas colour.
    #[test]
    fn the_forced_theme_draws_in_system_colours_only() {
        // Windows' High Contrast Black and White (Aquatic and Desert are alike).
        let black = SystemColors {
            canvas: Rgb(0, 0, 0),
            canvas_text: Rgb(0xff, 0xff, 0xff),
            highlight: Rgb(0x1a, 0xeb, 0xff),
            gray_text: Rgb(0x3f, 0xf2, 0x3f),
        };
        let white = SystemColors {
            canvas: Rgb(0xff, 0xff, 0xff),
            canvas_text: Rgb(0, 0, 0),
            highlight: Rgb(0x37, 0x00, 0x6e),
            gray_text: Rgb(0x60, 0x00, 0x00),
        };
        for system in [black, white] {
            let theme = Theme::forced(system);
            let allowed = [
                system.canvas,
                system.canvas_text,
                system.highlight,
                system.gray_text,
            ];
            let roles = [
                Role::Background,
                Role::Text,
                Role::MutedText,
                Role::Rule,
                Role::Track,
                Role::Series(0),
                Role::Series(1),
                Role::Series(2),
                Role::OnSeries,
            ];
            for role in roles {
                assert!(allowed.contains(&theme.color(role)), "{role:?}");
            }
            assert_eq!(theme.color(Role::Background), system.canvas);
            assert_eq!(theme.color(Role::Text), system.canvas_text);
            assert_eq!(theme.color(Role::Rule), system.canvas_text);
            assert_eq!(theme.color(Role::Series(0)), system.highlight);
            assert_eq!(theme.color(Role::OnSeries), system.canvas);
            // Tracks are the canvas, edged in the text colour; every figure differs from them.
            assert_eq!(theme.color(Role::Track), system.canvas);
            for index in 0..3 {
                assert_ne!(theme.color(Role::Series(index)), theme.track);
            }
            assert!(contrast(theme.rule, theme.background) >= 7.0);
        }
    }
}
