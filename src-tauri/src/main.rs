//! `sessionguard`: the window. It starts the agent if none runs, shows what the agent
//! has and forwards every action to it; closing it leaves the agent guarding.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod agent_link;
mod agent_process;
mod commands;
mod web_engine;

use tauri::Manager;

fn main() {
    web_engine::prepare();
    sessionguard_protocol::logging::init();
    let agent_args = agent_process::demo_args(std::env::args().skip(1));

    let app = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            // A second launch brings this window to the front instead.
            agent_link::focus_main_window(app);
        }))
        // Remembers size, position, maximized and full screen across launches.
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(agent_link::AgentLink::new(agent_args))
        .invoke_handler(tauri::generate_handler![commands::agent_request])
        .setup(|app| {
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                let link = handle.state::<agent_link::AgentLink>();
                link.run(handle.clone()).await;
            });
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = app {
        eprintln!("sessionguard: the window could not start: {error}");
        std::process::exit(1);
    }
}
