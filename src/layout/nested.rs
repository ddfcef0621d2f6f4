//! The `nested` layout: each bar is part of the bar above it, drawn on the bar above as a
//! track (615 companies ⊃ 191 on one road ⊃ 11 listed). The checker holds each bar to at most
//! the one above; share bars and notes follow as in `bars`.

use super::bars::{self, Tracks};
use super::builder::Builder;

pub(super) fn lay_out(b: &mut Builder<'_>) {
    bars::rows(b, Tracks::Parent);
    super::rows::shares(b);
    super::rows::notes(b);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::error::ValidationErrors;
    use crate::layout::{layout_view, Rect, Shape};
    use crate::model::{Lang, Model};
    use crate::theme::Role;

    #[test]
    fn nested_bars_shrink_and_sit_on_their_parent_track() -> Result<(), ValidationErrors> {
        let model = Model::embedded()?;
        let view = model.view("companies").expect("companies view");
        let layout = layout_view(&model, view, Lang::En, 640.0);
        let bars: Vec<Rect> = layout
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Rect {
                    rect,
                    role: Role::Series(_),
                } => Some(*rect),
                _ => None,
            })
            .collect();
        let tracks = layout
            .shapes
            .iter()
            .filter(|shape| {
                matches!(
                    shape,
                    Shape::Rect {
                        role: Role::Track,
                        ..
                    }
                )
            })
            .count();
        assert_eq!(bars.len(), 3);
        assert_eq!(
            tracks, 2,
            "the 191 and 11 bars each sit on their parent's track"
        );
        assert!(bars[0].width > bars[1].width && bars[1].width > bars[2].width);
        let ratio = bars[1].width / bars[0].width;
        assert!((ratio - 191.0 / 615.0).abs() < 1e-9);
        Ok(())
    }
}
