//! An SVG spider chart of the five drivers (0 % at the centre, 100 % at the
//! rim), one polygon per series. The numbers are always also shown in a table
//! next to it, which is the screen-reader alternative.

use crate::model::format::{da_fixed, fixed};
use crate::model::spider::Frame;
use leptos::prelude::*;

/// One polygon: its name (for the legend) and a value per axis.
#[derive(Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

const FRAME: Frame = Frame {
    cx: 250.0,
    cy: 175.0,
    r: 120.0,
};

#[component]
pub fn SpiderChart(
    axes: Vec<String>,
    series: Vec<Series>,
    /// A short title read by screen readers ("Resultat pr. drivkraft").
    #[prop(into)]
    title: String,
    /// Element id prefix (several charts on one page need distinct ids).
    #[prop(into)]
    id: String,
    /// A second line under each axis label (e.g. the driver's percentage).
    #[prop(optional)]
    notes: Vec<String>,
) -> impl IntoView {
    let n = axes.len();
    let title_id = format!("{id}-title");
    let title_id2 = title_id.clone();
    let desc = series
        .iter()
        .map(|s| {
            let parts: Vec<String> = axes
                .iter()
                .zip(&s.values)
                .map(|(a, v)| match v {
                    Some(v) => format!("{a} {} %", da_fixed(*v, 0)),
                    None => format!("{a} –"),
                })
                .collect();
            format!("{}: {}", s.name, parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join(". ");
    view! {
        <figure class="spider">
            <svg
                class="spider__svg"
                viewBox="0 0 500 350"
                role="img"
                aria-labelledby=title_id2
                xmlns="http://www.w3.org/2000/svg"
            >
                <title id=title_id.clone()>{format!("{title}. {desc}")}</title>
                {[25.0, 50.0, 75.0, 100.0]
                    .into_iter()
                    .map(|p| view! { <polygon class="spider__ring" points=FRAME.ring(n, p)></polygon> })
                    .collect_view()}
                {(0..n)
                    .map(|i| {
                        let end = FRAME.point(i, n, 100.0);
                        view! {
                            <line
                                class="spider__axis"
                                x1=fixed(FRAME.cx, 1)
                                y1=fixed(FRAME.cy, 1)
                                x2=fixed(end.x, 1)
                                y2=fixed(end.y, 1)
                            ></line>
                        }
                    })
                    .collect_view()}
                {[50.0, 100.0]
                    .into_iter()
                    .map(|p| {
                        let at = FRAME.point(0, n, p);
                        view! {
                            <text class="spider__tick" x=fixed(at.x + 4.0, 1) y=fixed(at.y + 12.0, 1)>
                                {format!("{} %", fixed(p, 0))}
                            </text>
                        }
                    })
                    .collect_view()}
                {series
                    .iter()
                    .enumerate()
                    .map(|(k, s)| {
                        let pts: Vec<_> = s
                            .values
                            .iter()
                            .enumerate()
                            .filter_map(|(i, v)| v.map(|v| FRAME.point(i, n, v)))
                            .collect();
                        view! {
                            <g class=format!("spider__series spider__series--{k}")>
                                <polygon points=FRAME.polygon(&s.values)></polygon>
                                {pts
                                    .into_iter()
                                    .map(|p| {
                                        view! {
                                            <circle cx=fixed(p.x, 1) cy=fixed(p.y, 1) r="4"></circle>
                                        }
                                    })
                                    .collect_view()}
                            </g>
                        }
                    })
                    .collect_view()}
                {axes
                    .iter()
                    .enumerate()
                    .map(|(i, a)| {
                        let (p, anchor) = FRAME.label(i, n);
                        let note = notes.get(i).cloned();
                        // A two-line label at the top axis grows upwards, away from the rim.
                        let top = p.y < FRAME.cy - FRAME.r;
                        let y = if note.is_some() && top { p.y - 11.0 } else { p.y + 5.0 };
                        view! {
                            <text
                                class="spider__label"
                                x=fixed(p.x, 1)
                                y=fixed(y, 1)
                                text-anchor=anchor
                            >
                                {a.clone()}
                                {note
                                    .map(|t| {
                                        view! {
                                            <tspan class="spider__note" x=fixed(p.x, 1) dy="17">{t}</tspan>
                                        }
                                    })}
                            </text>
                        }
                    })
                    .collect_view()}
            </svg>
            {(series.len() > 1)
                .then(|| {
                    view! {
                        <figcaption class="spider__legend">
                            {series
                                .iter()
                                .enumerate()
                                .map(|(k, s)| {
                                    view! {
                                        <span class=format!("spider__key spider__key--{k}")>{s.name.clone()}</span>
                                    }
                                })
                                .collect_view()}
                        </figcaption>
                    }
                })}
        </figure>
    }
}
